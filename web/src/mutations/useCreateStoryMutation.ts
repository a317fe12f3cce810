import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateStoryMutation, CreateStoryMutationVariables } from '../__generated__/graphql';

const CREATE_STORY_MUTATION: TypedDocumentNode<CreateStoryMutation, CreateStoryMutationVariables> = gql`
  mutation CreateStoryMutation($input: CreateStoryInput!) {
    createStory(input: $input) {
      story {
        id
        title
      }
    }
  }
`;

/** Records a new story as a draft (`createStory`); the story lists are asked again. */
export function useCreateStoryMutation() {
  return useMutation(CREATE_STORY_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
    },
  });
}
