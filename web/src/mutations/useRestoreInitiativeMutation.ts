import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RestoreInitiativeMutation, RestoreInitiativeMutationVariables } from '../__generated__/graphql';

// The answer brings back what the archive controls and the page show; the cached lists are dropped,
// because a restored initiative comes back to the default (LISTED) list.
const RESTORE_INITIATIVE_MUTATION: TypedDocumentNode<RestoreInitiativeMutation, RestoreInitiativeMutationVariables> =
  gql`
    mutation RestoreInitiativeMutation($input: RestoreInitiativeInput!) {
      restoreInitiative(input: $input) {
        initiative {
          id
          version
          listing
          archivedAt
          archiveReason
          updatedAt
        }
      }
    }
  `;

/** Lists an archived initiative again (`restoreInitiative`) against the version shown. */
export function useRestoreInitiativeMutation() {
  return useMutation(RESTORE_INITIATIVE_MUTATION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
      cache.gc();
    },
  });
}
