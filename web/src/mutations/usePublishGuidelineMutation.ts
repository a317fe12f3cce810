import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { PublishGuidelineMutation, PublishGuidelineMutationVariables } from '../__generated__/graphql';
import { dropGuidelineLists } from './drop-guideline-lists';

// The answer brings the publication date and revision to the version's page; the lists ask again
// (the published and the draft lists have each changed).
const PUBLISH_GUIDELINE_MUTATION: TypedDocumentNode<PublishGuidelineMutation, PublishGuidelineMutationVariables> = gql`
  mutation PublishGuidelineMutation($input: PublishGuidelineInput!) {
    publishGuideline(input: $input) {
      guideline {
        id
        revision
        publishedAt
        updatedAt
      }
    }
  }
`;

/** Publishes a draft, which never changes again (`publishGuideline`, admins). */
export function usePublishGuidelineMutation() {
  return useMutation(PUBLISH_GUIDELINE_MUTATION, { update: dropGuidelineLists });
}
