import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateAwardEditionMutation, CreateAwardEditionMutationVariables } from '../__generated__/graphql';

// The answer brings back the id to go to; the cached board is dropped so it asks again with the new edition.
const CREATE_AWARD_EDITION_MUTATION: TypedDocumentNode<
  CreateAwardEditionMutation,
  CreateAwardEditionMutationVariables
> = gql`
  mutation CreateAwardEditionMutation($input: CreateAwardEditionInput!) {
    createAwardEdition(input: $input) {
      edition {
        id
        version
        title
        phase
      }
    }
  }
`;

/** Starts a country's national award for a year, as a draft (`createAwardEdition`). */
export function useCreateAwardEditionMutation() {
  return useMutation(CREATE_AWARD_EDITION_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardEditions' });
      cache.gc();
    },
  });
}
