import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type {
  WithdrawConflictDeclarationMutation,
  WithdrawConflictDeclarationMutationVariables,
} from '../__generated__/graphql';
import { ScoringConflicts } from '../components/ScoringConflicts';
import { lazyDocument } from './lazy-document';

// The answer brings back the juror's remaining declarations; the nomination is theirs to read and
// score again, so the scoring lists are asked for anew.
const withdrawConflictDeclarationMutation = lazyDocument(
  (): TypedDocumentNode<WithdrawConflictDeclarationMutation, WithdrawConflictDeclarationMutationVariables> => gql`
    mutation WithdrawConflictDeclarationMutation($input: WithdrawConflictDeclarationInput!) {
      withdrawConflictDeclaration(input: $input) {
        nominationId
        edition {
          id
          ...ScoringConflicts_edition
        }
      }
    }
    ${ScoringConflicts.fragments.edition}
  `,
);

/** The juror withdraws their own declared conflict (`withdrawConflictDeclaration`). */
export function useWithdrawConflictDeclarationMutation() {
  return useMutation(withdrawConflictDeclarationMutation(), {
    update: (cache, { data }) => {
      const editionId = data?.withdrawConflictDeclaration.edition.id;
      if (editionId) {
        cache.evict({ id: cache.identify({ __typename: 'AwardEdition', id: editionId }), fieldName: 'nominations' });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'awardEditions' });
      cache.gc();
    },
  });
}
