import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ProposeInitiativeMutation, ProposeInitiativeMutationVariables } from '../__generated__/graphql';

const PROPOSE_INITIATIVE_MUTATION: TypedDocumentNode<ProposeInitiativeMutation, ProposeInitiativeMutationVariables> =
  gql`
    mutation ProposeInitiativeMutation($input: ProposeInitiativeInput!) {
      proposeInitiative(input: $input) {
        proposalId
        receivedAt
      }
    }
  `;

/** Sends a proposal from the public form (`proposeInitiative`); the answer is only a receipt. */
export function useProposeInitiativeMutation() {
  return useMutation(PROPOSE_INITIATIVE_MUTATION);
}
