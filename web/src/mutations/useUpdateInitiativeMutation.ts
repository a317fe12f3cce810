import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateInitiativeMutation, UpdateInitiativeMutationVariables } from '../__generated__/graphql';
import { InitiativeEditForm } from '../components/InitiativeEditForm';
import { lazyDocument } from './lazy-document';

// The answer asks again for the edit form's fields (its fragment), so the normalised cache has the
// saved version everywhere (the form, the initiative's page) without a refetch.
const updateInitiativeMutation = lazyDocument(
  (): TypedDocumentNode<UpdateInitiativeMutation, UpdateInitiativeMutationVariables> => gql`
    mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {
      updateInitiative(input: $input) {
        initiative {
          id
          ...InitiativeEditForm_initiative
        }
      }
    }
    ${InitiativeEditForm.fragments.initiative}
  `,
);

/** Saves changes to an initiative (`updateInitiative`) against the version the person edited. */
export function useUpdateInitiativeMutation() {
  return useMutation(updateInitiativeMutation());
}
