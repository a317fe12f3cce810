import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateCampaignMutation, UpdateCampaignMutationVariables } from '../__generated__/graphql';

// The answer asks again for what the campaign list shows, so the cache holds the saved version.
const UPDATE_CAMPAIGN_MUTATION: TypedDocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables> = gql`
  mutation UpdateCampaignMutation($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        id
        version
        name
        description
        countryCode
        startsOn
        endsOn
      }
    }
  }
`;

/** Changes a campaign's name, description or dates (`updateCampaign`) against the version that was read. */
export function useUpdateCampaignMutation() {
  return useMutation(UPDATE_CAMPAIGN_MUTATION);
}
