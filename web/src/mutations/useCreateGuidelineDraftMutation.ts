import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateGuidelineDraftMutation, CreateGuidelineDraftMutationVariables } from '../__generated__/graphql';
import { dropGuidelineLists } from './drop-guideline-lists';

// The answer brings back the id to go to; the cached lists ask again with the new draft.
const CREATE_GUIDELINE_DRAFT_MUTATION: TypedDocumentNode<
  CreateGuidelineDraftMutation,
  CreateGuidelineDraftMutationVariables
> = gql`
  mutation CreateGuidelineDraftMutation($input: CreateGuidelineDraftInput!) {
    createGuidelineDraft(input: $input) {
      guideline {
        id
        key
        version
        revision
      }
    }
  }
`;

/** Drafts version 1 of a new criteria set (`createGuidelineDraft`, admins). */
export function useCreateGuidelineDraftMutation() {
  return useMutation(CREATE_GUIDELINE_DRAFT_MUTATION, { update: dropGuidelineLists });
}
