import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MoveMembershipMutation, MoveMembershipMutationVariables } from '../__generated__/graphql';

// The answer asks for everything the pipeline shows (the fields of MembershipPipeline_organization,
// written out because that component imports this hook), so the normalised cache updates the stage,
// the history and the next allowed moves on screen without asking again.
const MOVE_MEMBERSHIP_MUTATION: TypedDocumentNode<MoveMembershipMutation, MoveMembershipMutationVariables> = gql`
  mutation MoveMembershipMutation($input: MoveMembershipInput!) {
    moveMembership(input: $input) {
      organization {
        id
        version
        membershipStage
        allowedMembershipMoves
        viewerCanMoveMembership
        membershipHistory {
          id
          fromStage
          toStage
          reason
          changedAt
          changedBy
        }
      }
    }
  }
`;

/** Moves an organisation one step through the membership pipeline (`moveMembership`). */
export function useMoveMembershipMutation() {
  return useMutation(MOVE_MEMBERSHIP_MUTATION);
}
