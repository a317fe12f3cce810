import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdatePublicationReachMutation, UpdatePublicationReachMutationVariables } from '../__generated__/graphql';

const UPDATE_PUBLICATION_REACH_MUTATION: TypedDocumentNode<
  UpdatePublicationReachMutation,
  UpdatePublicationReachMutationVariables
> = gql`
  mutation UpdatePublicationReachMutation($input: UpdatePublicationReachInput!) {
    updatePublicationReach(input: $input) {
      publication {
        id
        version
        views
        shares
      }
    }
  }
`;

/**
 * New views and shares for a publication (`updatePublicationReach`), on the version that was read.
 * The totals by country and channel and the campaigns' reach are asked again.
 */
export function useUpdatePublicationReachMutation() {
  return useMutation(UPDATE_PUBLICATION_REACH_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicationReach' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
    },
  });
}
