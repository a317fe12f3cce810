import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RestoreInitiativeMutation, RestoreInitiativeMutationVariables } from '../__generated__/graphql';
import { InitiativeArchiveControls } from '../components/InitiativeArchiveControls';
import { dropInitiativeLists } from './drop-initiative-lists';
import { lazyDocument } from './lazy-document';

// The answer brings back what the archive controls show (their fragment); the cached lists are
// dropped, because a restored initiative comes back to the default (LISTED) list.
const restoreInitiativeMutation = lazyDocument(
  (): TypedDocumentNode<RestoreInitiativeMutation, RestoreInitiativeMutationVariables> => gql`
    mutation RestoreInitiativeMutation($input: RestoreInitiativeInput!) {
      restoreInitiative(input: $input) {
        initiative {
          id
          ...InitiativeArchiveControls_initiative
        }
      }
    }
    ${InitiativeArchiveControls.fragments.initiative}
  `,
);

/** Lists an archived initiative again (`restoreInitiative`) against the version shown. */
export function useRestoreInitiativeMutation() {
  return useMutation(restoreInitiativeMutation(), { update: dropInitiativeLists });
}
