import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { WithdrawConsentMutation, WithdrawConsentMutationVariables } from '../__generated__/graphql';
import { PublicationTable } from '../components/PublicationTable';

const WITHDRAW_CONSENT_MUTATION: TypedDocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables> = gql`
  mutation WithdrawConsentMutation($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      storyId
      withdrawnAt
      publicationsToTakeDown {
        id
        ...PublicationTable_publications
      }
    }
  }
  ${PublicationTable.fragments.publications}
`;

/**
 * Withdraws a story's consent for the storyteller (`withdrawConsent`). The story is hidden from
 * every view from the next request on, so it leaves the cache at once (nothing on screen may still
 * show it), and the answer lists its publications to take down.
 */
export function useWithdrawConsentMutation() {
  return useMutation(WITHDRAW_CONSENT_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Story', id: data.withdrawConsent.storyId }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicationsToTakeDown' });
    },
  });
}
