import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { WithdrawNominationMutation, WithdrawNominationMutationVariables } from '../__generated__/graphql';
import { NominationEligibility } from '../components/NominationEligibility';
import { NominationShortlist } from '../components/NominationShortlist';
import { NominationSummary } from '../components/NominationSummary';
import { NominationWithdraw } from '../components/NominationWithdraw';
import { lazyDocument } from './lazy-document';

// The answer asks for everything the nomination page shows (its panels' fragments), so the normalised
// cache updates the status, eligibility, checks and version on screen without asking again.
const withdrawNominationMutation = lazyDocument(
  (): TypedDocumentNode<WithdrawNominationMutation, WithdrawNominationMutationVariables> => gql`
    mutation WithdrawNominationMutation($input: WithdrawNominationInput!) {
      withdrawNomination(input: $input) {
        nomination {
          id
          updatedAt
          ...NominationSummary_nomination
          ...NominationEligibility_nomination
          ...NominationShortlist_nomination
          ...NominationWithdraw_nomination
        }
      }
    }
    ${NominationSummary.fragments.nomination}
    ${NominationEligibility.fragments.nomination}
    ${NominationShortlist.fragments.nomination}
    ${NominationWithdraw.fragments.nomination}
  `,
);

/**
 * The nominator takes a nomination back (`withdrawNomination`), against the version shown. A withdrawn
 * nomination leaves the edition's and the initiative's lists, so their cached lists ask again.
 */
export function useWithdrawNominationMutation() {
  return useMutation(withdrawNominationMutation(), {
    update: (cache, { data }) => {
      const nomination = data?.withdrawNomination.nomination;
      if (!nomination) return;
      cache.evict({
        id: cache.identify({ __typename: 'AwardEdition', id: nomination.edition.id }),
        fieldName: 'nominations',
      });
      cache.evict({
        id: cache.identify({ __typename: 'Initiative', id: nomination.initiative.id }),
        fieldName: 'nominations',
      });
      cache.gc();
    },
  });
}
