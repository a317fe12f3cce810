import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ArchiveInitiativeMutation, ArchiveInitiativeMutationVariables } from '../__generated__/graphql';

// The answer brings back what the archive controls and the page show; the cached lists are dropped,
// because an archived initiative leaves the default (LISTED) list.
const ARCHIVE_INITIATIVE_MUTATION: TypedDocumentNode<ArchiveInitiativeMutation, ArchiveInitiativeMutationVariables> =
  gql`
    mutation ArchiveInitiativeMutation($input: ArchiveInitiativeInput!) {
      archiveInitiative(input: $input) {
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

/** Archives an initiative (`archiveInitiative`) against the version shown, with a public reason. */
export function useArchiveInitiativeMutation() {
  return useMutation(ARCHIVE_INITIATIVE_MUTATION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
      cache.gc();
    },
  });
}
