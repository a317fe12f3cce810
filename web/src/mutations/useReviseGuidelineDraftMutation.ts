import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ReviseGuidelineDraftMutation, ReviseGuidelineDraftMutationVariables } from '../__generated__/graphql';
import { GuidelineCriteria } from '../components/GuidelineCriteria';
import { GuidelineDraftEditor } from '../components/GuidelineDraftEditor';
import { lazyDocument } from './lazy-document';

// The answer asks for what the version's page and the editor show, so the cache brings the saved
// draft (and its new revision) to both without asking again.
const reviseGuidelineDraftMutation = lazyDocument(
  (): TypedDocumentNode<ReviseGuidelineDraftMutation, ReviseGuidelineDraftMutationVariables> => gql`
    mutation ReviseGuidelineDraftMutation($input: ReviseGuidelineDraftInput!) {
      reviseGuidelineDraft(input: $input) {
        guideline {
          id
          title
          updatedAt
          ...GuidelineCriteria_guideline
          ...GuidelineDraftEditor_guideline
        }
      }
    }
    ${GuidelineCriteria.fragments.guideline}
    ${GuidelineDraftEditor.fragments.guideline}
  `,
);

/** Saves changes to a draft against the revision it was loaded at (`reviseGuidelineDraft`, admins). */
export function useReviseGuidelineDraftMutation() {
  return useMutation(reviseGuidelineDraftMutation());
}
