import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RemoveStoryTranslationMutation, RemoveStoryTranslationMutationVariables } from '../__generated__/graphql';

const REMOVE_STORY_TRANSLATION_MUTATION: TypedDocumentNode<
  RemoveStoryTranslationMutation,
  RemoveStoryTranslationMutationVariables
> = gql`
  mutation RemoveStoryTranslationMutation($input: RemoveStoryTranslationInput!) {
    removeStoryTranslation(input: $input) {
      story {
        id
        availableLanguages
        translations {
          id
          language
          title
          summary
          text
          version
          updatedAt
        }
      }
    }
  }
`;

/** Removes a story's translation in one language (`removeStoryTranslation`). */
export function useRemoveStoryTranslationMutation() {
  return useMutation(REMOVE_STORY_TRANSLATION_MUTATION);
}
