import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { UpdateCampaignMutation, UpdateCampaignMutationVariables } from '../__generated__/graphql';
import { CampaignEditForm } from '../components/CampaignEditForm';
import { lazyDocument } from './lazy-document';

// The answer asks again for the edit form's fields (its fragment) and the country the campaign list
// shows besides them, so the cache holds the saved version.
const updateCampaignMutation = lazyDocument(
  (): TypedDocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables> => gql`
    mutation UpdateCampaignMutation($input: UpdateCampaignInput!) {
      updateCampaign(input: $input) {
        campaign {
          id
          countryCode
          ...CampaignEditForm_campaign
        }
      }
    }
    ${CampaignEditForm.fragments.campaign}
  `,
);

/** Changes a campaign's name, description or dates (`updateCampaign`) against the version that was read. */
export function useUpdateCampaignMutation() {
  return useMutation(updateCampaignMutation());
}
