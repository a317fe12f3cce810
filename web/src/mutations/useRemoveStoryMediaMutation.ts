import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RemoveStoryMediaMutation, RemoveStoryMediaMutationVariables } from '../__generated__/graphql';

const REMOVE_STORY_MEDIA_MUTATION: TypedDocumentNode<RemoveStoryMediaMutation, RemoveStoryMediaMutationVariables> = gql`
  mutation RemoveStoryMediaMutation($input: RemoveStoryMediaInput!) {
    removeStoryMedia(input: $input) {
      removedMediaId
    }
  }
`;

/** Removes a media item and its file (`removeStoryMedia`); it leaves the cache at once. */
export function useRemoveStoryMediaMutation() {
  return useMutation(REMOVE_STORY_MEDIA_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'StoryMedia', id: data.removeStoryMedia.removedMediaId }) });
      cache.gc();
    },
  });
}
