import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateStoryMediaMutation, UpdateStoryMediaMutationVariables } from '../__generated__/graphql';

// Whether an item is withheld depends on `showsStoryteller`: the story's list of media (editors'
// view, withheld ones included) is asked again with the item.
const UPDATE_STORY_MEDIA_MUTATION: TypedDocumentNode<UpdateStoryMediaMutation, UpdateStoryMediaMutationVariables> = gql`
  mutation UpdateStoryMediaMutation($input: UpdateStoryMediaInput!) {
    updateStoryMedia(input: $input) {
      media {
        id
        version
        caption
        altText
        showsStoryteller
        withheld
      }
      story {
        id
        media(includeWithheld: true) {
          id
          version
          caption
          altText
          showsStoryteller
          withheld
        }
      }
    }
  }
`;

/** Changes a media item's caption, text alternative or whether it shows the storyteller (`updateStoryMedia`). */
export function useUpdateStoryMediaMutation() {
  return useMutation(UPDATE_STORY_MEDIA_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      // The public gallery (without withheld items) may gain or lose this item.
      cache.evict({
        id: cache.identify({ __typename: 'Story', id: data.updateStoryMedia.story.id }),
        fieldName: 'media',
        args: { includeWithheld: false },
      });
    },
  });
}
