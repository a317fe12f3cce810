import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateInitiativeMutation, CreateInitiativeMutationVariables } from '../__generated__/graphql';
import { dropInitiativeLists } from './drop-initiative-lists';

// The answer brings back the id to go to; the lists the cache holds are dropped so they ask again
// and include the new initiative.
const CREATE_INITIATIVE_MUTATION: TypedDocumentNode<CreateInitiativeMutation, CreateInitiativeMutationVariables> = gql`
  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
        version
        title
      }
    }
  }
`;

/** Creates an initiative for an organisation (`createInitiative`). */
export function useCreateInitiativeMutation() {
  return useMutation(CREATE_INITIATIVE_MUTATION, { update: dropInitiativeLists });
}
