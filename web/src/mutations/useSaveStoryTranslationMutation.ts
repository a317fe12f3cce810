import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { SaveStoryTranslationMutation, SaveStoryTranslationMutationVariables } from '../__generated__/graphql';

// The story comes back with its languages and translations, so the editor's list and the story
// page's language switch show the new one without asking again.
const SAVE_STORY_TRANSLATION_MUTATION: TypedDocumentNode<
  SaveStoryTranslationMutation,
  SaveStoryTranslationMutationVariables
> = gql`
  mutation SaveStoryTranslationMutation($input: SaveStoryTranslationInput!) {
    saveStoryTranslation(input: $input) {
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

/** Adds a translation (`expectedVersion` null) or changes one against the version shown. */
export function useSaveStoryTranslationMutation() {
  return useMutation(SAVE_STORY_TRANSLATION_MUTATION);
}
