import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { StartGuidelineVersionMutation, StartGuidelineVersionMutationVariables } from '../__generated__/graphql';
import { dropGuidelineLists } from './drop-guideline-lists';

// The answer brings back the new draft's id to go to; the lists ask again with it.
const START_GUIDELINE_VERSION_MUTATION: TypedDocumentNode<
  StartGuidelineVersionMutation,
  StartGuidelineVersionMutationVariables
> = gql`
  mutation StartGuidelineVersionMutation($input: StartGuidelineVersionInput!) {
    startGuidelineVersion(input: $input) {
      guideline {
        id
        key
        version
        revision
      }
    }
  }
`;

/** Starts the next version of a criteria set as a draft copied from its latest published one (admins). */
export function useStartGuidelineVersionMutation() {
  return useMutation(START_GUIDELINE_VERSION_MUTATION, { update: dropGuidelineLists });
}
