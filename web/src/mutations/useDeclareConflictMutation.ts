import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { DeclareConflictMutation, DeclareConflictMutationVariables } from '../__generated__/graphql';
import { ScoringConflicts } from '../components/ScoringConflicts';
import { lazyDocument } from './lazy-document';

// The answer brings back the juror's own declarations. The nomination itself is gone for the juror
// from now on (the server hides it and deletes their scorecard), so it and the scoring lists are
// dropped from the cache rather than shown from memory.
const declareConflictMutation = lazyDocument(
  (): TypedDocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables> => gql`
    mutation DeclareConflictMutation($input: DeclareConflictInput!) {
      declareConflict(input: $input) {
        conflict {
          id
          nominationId
        }
        edition {
          id
          ...ScoringConflicts_edition
        }
      }
    }
    ${ScoringConflicts.fragments.edition}
  `,
);

/** The juror declares a conflict of interest with one nomination (`declareConflict`). */
export function useDeclareConflictMutation() {
  return useMutation(declareConflictMutation(), {
    update: (cache, { data }) => {
      const nominationId = data?.declareConflict.conflict.nominationId;
      const editionId = data?.declareConflict.edition.id;
      if (nominationId) cache.evict({ id: cache.identify({ __typename: 'Nomination', id: nominationId }) });
      if (editionId) {
        cache.evict({ id: cache.identify({ __typename: 'AwardEdition', id: editionId }), fieldName: 'nominations' });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardEditions' });
      cache.gc();
    },
  });
}
