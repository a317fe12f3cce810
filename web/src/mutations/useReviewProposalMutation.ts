import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ReviewProposalMutation, ReviewProposalMutationVariables } from '../__generated__/graphql';

const REVIEW_PROPOSAL_MUTATION: TypedDocumentNode<ReviewProposalMutation, ReviewProposalMutationVariables> = gql`
  mutation ReviewProposalMutation($input: ReviewProposalInput!) {
    reviewProposal(input: $input) {
      proposal {
        id
        state
        reviewReason
        reviewedAt
      }
      initiative {
        id
        listing
        version
      }
    }
  }
`;

/**
 * Lists or declines a proposal (`reviewProposal`). The reviewed proposal leaves the pending queue:
 * the queue's query is asked again once the review is saved.
 */
export function useReviewProposalMutation() {
  return useMutation(REVIEW_PROPOSAL_MUTATION, {
    refetchQueries: ['IntakeRouteQuery'],
    awaitRefetchQueries: true,
  });
}
