import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { SaveScoresMutation, SaveScoresMutationVariables } from '../__generated__/graphql';

// The answer is the juror's whole draft (every score saved so far) with its new version. The first
// save creates the scorecard, so the nomination is pointed at it: the next save sends its version.
const SAVE_SCORES_MUTATION: TypedDocumentNode<SaveScoresMutation, SaveScoresMutationVariables> = gql`
  mutation SaveScoresMutation($input: SaveScoresInput!) {
    saveScores(input: $input) {
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

/** Saves some of the juror's scores for a nomination as a draft (`saveScores`), on the version read. */
export function useSaveScoresMutation() {
  return useMutation(SAVE_SCORES_MUTATION, {
    update: (cache, { data }) => {
      const scorecard = data?.saveScores.scorecard;
      if (!scorecard) return;
      cache.modify({
        id: cache.identify({ __typename: 'Nomination', id: scorecard.nominationId }),
        fields: {
          myScorecard: (_, { toReference }) => toReference({ __typename: 'Scorecard', id: scorecard.id }),
        },
      });
    },
  });
}
