import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { EraseStoryMutation, EraseStoryMutationVariables } from '../__generated__/graphql';
import { PublicationTable } from '../components/PublicationTable';

const ERASE_STORY_MUTATION: TypedDocumentNode<EraseStoryMutation, EraseStoryMutationVariables> = gql`
  mutation EraseStoryMutation($input: EraseStoryInput!) {
    eraseStory(input: $input) {
      tombstone {
        storyId
        countryCode
        erasedAt
        erasedBy
        reason
      }
      publicationsToTakeDown {
        id
        ...PublicationTable_publications
      }
    }
  }
  ${PublicationTable.fragments.publications}
`;

/**
 * Erases a story for good (`eraseStory`): the story leaves the cache at once, and every list that
 * could name it or its tombstone is asked again; the answer lists its publications to take down.
 */
export function useEraseStoryMutation() {
  return useMutation(ERASE_STORY_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Story', id: data.eraseStory.tombstone.storyId }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'storyTombstones' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicationsToTakeDown' });
      cache.gc();
    },
  });
}
