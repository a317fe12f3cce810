import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateInitiativeMutation, UpdateInitiativeMutationVariables } from '../__generated__/graphql';

// The answer asks again for the fields the edit form and the initiative's page show, so the
// normalised cache has the saved version everywhere without a refetch.
const UPDATE_INITIATIVE_MUTATION: TypedDocumentNode<UpdateInitiativeMutation, UpdateInitiativeMutationVariables> = gql`
  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      initiative {
        id
        version
        title
        summary
        city
        description
        meetingPlace
        meetingTimes
        challenge
        goals
        howItWorks
        results
        evaluation
        beneficiaries
        funding
        status
        targetGroups
        activities
        latitude
        longitude
        startDate
        endDate
        participantsLocals
        participantsMigrants
        volunteers
        languages
        links
        updatedAt
      }
    }
  }
`;

/** Saves changes to an initiative (`updateInitiative`) against the version the person edited. */
export function useUpdateInitiativeMutation() {
  return useMutation(UPDATE_INITIATIVE_MUTATION);
}
