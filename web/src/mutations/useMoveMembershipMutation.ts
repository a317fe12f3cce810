import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MoveMembershipMutation, MoveMembershipMutationVariables } from '../__generated__/graphql';
import { MembershipPipeline } from '../components/MembershipPipeline';
import { lazyDocument } from './lazy-document';

// The answer asks for everything the pipeline shows (its fragment), so the normalised cache updates
// the stage, the history and the next allowed moves on screen without asking again.
const moveMembershipMutation = lazyDocument(
  (): TypedDocumentNode<MoveMembershipMutation, MoveMembershipMutationVariables> => gql`
    mutation MoveMembershipMutation($input: MoveMembershipInput!) {
      moveMembership(input: $input) {
        organization {
          id
          ...MembershipPipeline_organization
        }
      }
    }
    ${MembershipPipeline.fragments.organization}
  `,
);

/** Moves an organisation one step through the membership pipeline (`moveMembership`). */
export function useMoveMembershipMutation() {
  return useMutation(moveMembershipMutation());
}
