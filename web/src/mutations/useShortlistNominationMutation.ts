import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ShortlistNominationMutation, ShortlistNominationMutationVariables } from '../__generated__/graphql';
import { NominationEligibility } from '../components/NominationEligibility';
import { NominationShortlist } from '../components/NominationShortlist';
import { NominationSummary } from '../components/NominationSummary';
import { NominationWithdraw } from '../components/NominationWithdraw';
import { lazyDocument } from './lazy-document';

// The answer asks for everything the nomination page shows (its panels' fragments), so the normalised
// cache updates the status, eligibility, checks and version on screen without asking again.
const shortlistNominationMutation = lazyDocument(
  (): TypedDocumentNode<ShortlistNominationMutation, ShortlistNominationMutationVariables> => gql`
    mutation ShortlistNominationMutation($input: ShortlistNominationInput!) {
      shortlistNomination(input: $input) {
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

/** Puts an eligible nomination on the shortlist or takes it off (`shortlistNomination`), against the version shown. */
export function useShortlistNominationMutation() {
  return useMutation(shortlistNominationMutation());
}
