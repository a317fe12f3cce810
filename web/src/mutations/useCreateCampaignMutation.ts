import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { CreateCampaignMutation, CreateCampaignMutationVariables } from '../__generated__/graphql';

const CREATE_CAMPAIGN_MUTATION: TypedDocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables> = gql`
  mutation CreateCampaignMutation($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign {
        id
        name
      }
    }
  }
`;

/** Creates a campaign to group publications (`createCampaign`); the campaign lists are asked again. */
export function useCreateCampaignMutation() {
  return useMutation(CREATE_CAMPAIGN_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
    },
  });
}
