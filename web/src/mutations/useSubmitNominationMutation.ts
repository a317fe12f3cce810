import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { SubmitNominationMutation, SubmitNominationMutationVariables } from '../__generated__/graphql';

// The answer brings back the id to go to. The edition's and the initiative's cached lists of
// nominations are dropped, so both ask again with the new one.
const SUBMIT_NOMINATION_MUTATION: TypedDocumentNode<SubmitNominationMutation, SubmitNominationMutationVariables> = gql`
  mutation SubmitNominationMutation($input: SubmitNominationInput!) {
    submitNomination(input: $input) {
      nomination {
        id
        version
        status
        edition {
          id
        }
        initiative {
          id
        }
      }
    }
  }
`;

/** Nominates an initiative for an edition whose nominations are open (`submitNomination`). */
export function useSubmitNominationMutation() {
  return useMutation(SUBMIT_NOMINATION_MUTATION, {
    update: (cache, { data }) => {
      const nomination = data?.submitNomination.nomination;
      if (!nomination) return;
      cache.evict({
        id: cache.identify({ __typename: 'AwardEdition', id: nomination.edition.id }),
        fieldName: 'nominations',
      });
      cache.evict({
        id: cache.identify({ __typename: 'Initiative', id: nomination.initiative.id }),
        fieldName: 'nominations',
      });
      cache.gc();
    },
  });
}
