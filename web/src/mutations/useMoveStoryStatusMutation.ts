import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MoveStoryStatusMutation, MoveStoryStatusMutationVariables } from '../__generated__/graphql';

// The answer brings back what the review panel and the story's card show (status, version, the
// dated history), so the normalised cache updates the page without asking again. Lists filtered by
// status are dropped: the story has left one and joined another.
const MOVE_STORY_STATUS_MUTATION: TypedDocumentNode<MoveStoryStatusMutation, MoveStoryStatusMutationVariables> = gql`
  mutation MoveStoryStatusMutation($input: MoveStoryStatusInput!) {
    moveStoryStatus(input: $input) {
      story {
        id
        version
        status
        publishedAt
        updatedAt
        statusHistory {
          id
          fromStatus
          toStatus
          reason
          changedAt
          changedBy
        }
      }
    }
  }
`;

/** Moves a story through the review workflow (`moveStoryStatus`) against the version shown. */
export function useMoveStoryStatusMutation() {
  return useMutation(MOVE_STORY_STATUS_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
      cache.gc();
    },
  });
}
