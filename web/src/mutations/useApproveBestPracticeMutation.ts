import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ApproveBestPracticeMutation, ApproveBestPracticeMutationVariables } from '../__generated__/graphql';

// The answer brings back the id to go to; the cached best-practice lists (and the winners waiting for
// approval, which the list page reads with them) are dropped so they ask again, and so is the
// initiative's `bestPractice`, which the initiative page shows.
const APPROVE_BEST_PRACTICE_MUTATION: TypedDocumentNode<
  ApproveBestPracticeMutation,
  ApproveBestPracticeMutationVariables
> = gql`
  mutation ApproveBestPracticeMutation($input: ApproveBestPracticeInput!) {
    approveBestPractice(input: $input) {
      bestPractice {
        id
        version
        initiative {
          id
        }
      }
    }
  }
`;

/** Approves a national winner as a best practice with the manual's texts (`approveBestPractice`). */
export function useApproveBestPracticeMutation() {
  return useMutation(APPROVE_BEST_PRACTICE_MUTATION, {
    update: (cache, { data }) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'bestPractices' });
      const initiative = data?.approveBestPractice.bestPractice.initiative;
      if (initiative) cache.evict({ id: cache.identify(initiative), fieldName: 'bestPractice' });
      cache.gc();
    },
  });
}
