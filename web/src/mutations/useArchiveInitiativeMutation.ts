import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ArchiveInitiativeMutation, ArchiveInitiativeMutationVariables } from '../__generated__/graphql';
import { InitiativeArchiveControls } from '../components/InitiativeArchiveControls';
import { dropInitiativeLists } from './drop-initiative-lists';
import { lazyDocument } from './lazy-document';

// The answer brings back what the archive controls show (their fragment); the cached lists are
// dropped, because an archived initiative leaves the default (LISTED) list.
const archiveInitiativeMutation = lazyDocument(
  (): TypedDocumentNode<ArchiveInitiativeMutation, ArchiveInitiativeMutationVariables> => gql`
    mutation ArchiveInitiativeMutation($input: ArchiveInitiativeInput!) {
      archiveInitiative(input: $input) {
        initiative {
          id
          ...InitiativeArchiveControls_initiative
        }
      }
    }
    ${InitiativeArchiveControls.fragments.initiative}
  `,
);

/** Archives an initiative (`archiveInitiative`) against the version shown, with a public reason. */
export function useArchiveInitiativeMutation() {
  return useMutation(archiveInitiativeMutation(), { update: dropInitiativeLists });
}
