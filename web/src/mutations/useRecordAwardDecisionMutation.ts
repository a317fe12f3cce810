import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RecordAwardDecisionMutation, RecordAwardDecisionMutationVariables } from '../__generated__/graphql';
import { DecisionSummary } from '../components/DecisionSummary';

// The edition comes back DECIDED with its new version, phase history and the decision as recorded; the results (now with
// outcomes) and the nominations (now with their final status) are asked for again.
const RECORD_AWARD_DECISION_MUTATION: TypedDocumentNode<
  RecordAwardDecisionMutation,
  RecordAwardDecisionMutationVariables
> = gql`
  mutation RecordAwardDecisionMutation($input: RecordAwardDecisionInput!) {
    recordAwardDecision(input: $input) {
      decision {
        editionId
        decidedAt
        normalised
      }
      edition {
        id
        phase
        version
        updatedAt
        phaseHistory {
          id
          fromPhase
          toPhase
          reason
          changedAt
          changedBy
        }
        ...DecisionSummary_edition
      }
    }
  }
  ${DecisionSummary.fragments.edition}
`;

/** Records the jury's decision on an edition in judging (`recordAwardDecision`), moving it to DECIDED. */
export function useRecordAwardDecisionMutation() {
  return useMutation(RECORD_AWARD_DECISION_MUTATION, {
    update: (cache, { data }) => {
      const editionId = data?.recordAwardDecision.edition.id;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardResults' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardEditions' });
      if (editionId) {
        cache.evict({ id: cache.identify({ __typename: 'AwardEdition', id: editionId }), fieldName: 'nominations' });
      }
      cache.gc();
    },
  });
}
