import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { SubmitScorecardMutation, SubmitScorecardMutationVariables } from '../__generated__/graphql';

// The answer is the frozen scorecard: its status, date and version update the form and the lists.
const SUBMIT_SCORECARD_MUTATION: TypedDocumentNode<SubmitScorecardMutation, SubmitScorecardMutationVariables> = gql`
  mutation SubmitScorecardMutation($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      scorecard {
        id
        nominationId
        version
        status
        submittedAt
        updatedAt
        scores {
          criterion
          score
          comment
        }
      }
    }
  }
`;

/** Submits the juror's complete scorecard (`submitScorecard`); it cannot change afterwards. */
export function useSubmitScorecardMutation() {
  return useMutation(SUBMIT_SCORECARD_MUTATION);
}
