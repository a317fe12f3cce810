import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdatePublicationReachMutation, UpdatePublicationReachMutationVariables } from '../__generated__/graphql';
import { PublicationReachForm } from '../components/PublicationReachForm';
import { lazyDocument } from './lazy-document';

// The answer brings back what the reach form shows (its fragment).
const updatePublicationReachMutation = lazyDocument(
  (): TypedDocumentNode<UpdatePublicationReachMutation, UpdatePublicationReachMutationVariables> => gql`
    mutation UpdatePublicationReachMutation($input: UpdatePublicationReachInput!) {
      updatePublicationReach(input: $input) {
        publication {
          id
          ...PublicationReachForm_publication
        }
      }
    }
    ${PublicationReachForm.fragments.publication}
  `,
);

/**
 * New views and shares for a publication (`updatePublicationReach`), on the version that was read.
 * The totals by country and channel and the campaigns' reach are asked again.
 */
export function useUpdatePublicationReachMutation() {
  return useMutation(updatePublicationReachMutation(), {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicationReach' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
    },
  });
}
