import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateManualMutation, CreateManualMutationVariables } from '../__generated__/graphql';

// The answer brings back the id of the new draft, whose builder opens next; the cached list of
// manuals is dropped so it asks again with the new one.
const CREATE_MANUAL_MUTATION: TypedDocumentNode<CreateManualMutation, CreateManualMutationVariables> = gql`
  mutation CreateManualMutation($input: CreateManualInput!) {
    createManual(input: $input) {
      manual {
        id
        version
        title
        status
      }
    }
  }
`;

/** Starts a manual as a draft (`createManual`). */
export function useCreateManualMutation() {
  return useMutation(CREATE_MANUAL_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'manuals' });
      cache.gc();
    },
  });
}
