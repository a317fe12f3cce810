import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MoveAwardEditionPhaseMutation, MoveAwardEditionPhaseMutationVariables } from '../__generated__/graphql';
import { AwardEditionLinks } from '../components/AwardEditionLinks';
import { AwardEditionPhasePanel } from '../components/AwardEditionPhasePanel';
import { lazyDocument } from './lazy-document';

// The answer asks for what the phase panel and the links show (their fragments), so the normalised
// cache updates the page; the board is dropped because the edition has changed column.
const moveAwardEditionPhaseMutation = lazyDocument(
  (): TypedDocumentNode<MoveAwardEditionPhaseMutation, MoveAwardEditionPhaseMutationVariables> => gql`
    mutation MoveAwardEditionPhaseMutation($input: MoveAwardEditionPhaseInput!) {
      moveAwardEditionPhase(input: $input) {
        edition {
          id
          updatedAt
          ...AwardEditionPhasePanel_edition
          ...AwardEditionLinks_edition
        }
      }
    }
    ${AwardEditionPhasePanel.fragments.edition}
    ${AwardEditionLinks.fragments.edition}
  `,
);

/** Moves an award edition to another phase with a reason (`moveAwardEditionPhase`), against the version shown. */
export function useMoveAwardEditionPhaseMutation() {
  return useMutation(moveAwardEditionPhaseMutation(), {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardEditions' });
      cache.gc();
    },
  });
}
