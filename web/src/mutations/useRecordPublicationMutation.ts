import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RecordPublicationMutation, RecordPublicationMutationVariables } from '../__generated__/graphql';

const RECORD_PUBLICATION_MUTATION: TypedDocumentNode<RecordPublicationMutation, RecordPublicationMutationVariables> =
  gql`
    mutation RecordPublicationMutation($input: RecordPublicationInput!) {
      recordPublication(input: $input) {
        publication {
          id
          channel
        }
      }
    }
  `;

/**
 * Records that a published story appeared on a channel (`recordPublication`); the server refuses a
 * channel its consent does not cover. The lists and totals it changes are asked again.
 */
export function useRecordPublicationMutation() {
  return useMutation(RECORD_PUBLICATION_MUTATION, {
    update: (cache) => {
      for (const fieldName of ['publications', 'publicationReach', 'campaigns', 'campaign']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
    },
  });
}
