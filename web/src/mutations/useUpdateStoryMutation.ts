import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateStoryMutation, UpdateStoryMutationVariables } from '../__generated__/graphql';

// The answer asks again for the fields the editor and the story's page show, so the normalised
// cache holds the saved version everywhere (the status too: an approved story goes back to review).
const UPDATE_STORY_MUTATION: TypedDocumentNode<UpdateStoryMutation, UpdateStoryMutationVariables> = gql`
  mutation UpdateStoryMutation($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      story {
        id
        version
        status
        title
        summary
        text
        language
        kind
        storytellerName
        storytellerRole
        isMinor
        themes
        riskFlags
        needsSecondReviewer
        updatedAt
        initiative {
          id
          title
        }
      }
    }
  }
`;

/** Saves changes to a story (`updateStory`) against the version the person edited. */
export function useUpdateStoryMutation() {
  return useMutation(UPDATE_STORY_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
    },
  });
}
