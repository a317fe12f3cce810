import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type {
  WithdrawConsentWithCodeMutation,
  WithdrawConsentWithCodeMutationVariables,
} from '../__generated__/graphql';

const WITHDRAW_CONSENT_WITH_CODE_MUTATION: TypedDocumentNode<
  WithdrawConsentWithCodeMutation,
  WithdrawConsentWithCodeMutationVariables
> = gql`
  mutation WithdrawConsentWithCodeMutation($input: WithdrawConsentWithCodeInput!) {
    withdrawConsentWithCode(input: $input) {
      withdrawnAt
    }
  }
`;

/**
 * The storyteller withdraws their consent with their private code (`withdrawConsentWithCode`), no
 * account needed. The code is sent and never stored (`no-cache`); the answer does not say which
 * story it was, so every story read so far is dropped from memory and asked again when shown.
 */
export function useWithdrawConsentWithCodeMutation() {
  const client = useApolloClient();
  return useMutation(WITHDRAW_CONSENT_WITH_CODE_MUTATION, {
    fetchPolicy: 'no-cache',
    onCompleted: () => {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'story' });
      client.cache.gc();
    },
  });
}
