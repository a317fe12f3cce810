import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ScreenNominationMutation, ScreenNominationMutationVariables } from '../__generated__/graphql';
import { NominationEligibility } from '../components/NominationEligibility';
import { NominationShortlist } from '../components/NominationShortlist';
import { NominationSummary } from '../components/NominationSummary';
import { NominationWithdraw } from '../components/NominationWithdraw';
import { lazyDocument } from './lazy-document';

// The answer asks for everything the nomination page shows (its panels' fragments), so the normalised
// cache updates the status, eligibility, checks and version on screen without asking again.
const screenNominationMutation = lazyDocument(
  (): TypedDocumentNode<ScreenNominationMutation, ScreenNominationMutationVariables> => gql`
    mutation ScreenNominationMutation($input: ScreenNominationInput!) {
      screenNomination(input: $input) {
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

/** Screens a nomination against every eligibility rule of its guideline (`screenNomination`), against the version shown. */
export function useScreenNominationMutation() {
  return useMutation(screenNominationMutation());
}
