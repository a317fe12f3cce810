import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type {
  MarkPublicationTakenDownMutation,
  MarkPublicationTakenDownMutationVariables,
} from '../__generated__/graphql';

const MARK_PUBLICATION_TAKEN_DOWN_MUTATION: TypedDocumentNode<
  MarkPublicationTakenDownMutation,
  MarkPublicationTakenDownMutationVariables
> = gql`
  mutation MarkPublicationTakenDownMutation($input: MarkPublicationTakenDownInput!) {
    markPublicationTakenDown(input: $input) {
      publication {
        id
        takenDownAt
        takedownNote
      }
    }
  }
`;

/** Notes that a publication was taken down where it appeared (`markPublicationTakenDown`); it leaves the list to take down. */
export function useMarkPublicationTakenDownMutation() {
  return useMutation(MARK_PUBLICATION_TAKEN_DOWN_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicationsToTakeDown' });
    },
  });
}
