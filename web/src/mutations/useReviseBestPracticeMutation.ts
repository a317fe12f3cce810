import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ReviseBestPracticeMutation, ReviseBestPracticeMutationVariables } from '../__generated__/graphql';
import { BestPracticeEditForm } from '../components/BestPracticeEditForm';
import { BestPracticeTexts } from '../components/BestPracticeTexts';
import { BestPracticeCard } from '../components/BestPracticeCard';
import { lazyDocument } from './lazy-document';

// The answer asks again for what the form, the texts and the list's card show, so the cache holds the
// revised version everywhere it is on screen.
const reviseBestPracticeMutation = lazyDocument(
  (): TypedDocumentNode<ReviseBestPracticeMutation, ReviseBestPracticeMutationVariables> => gql`
    mutation ReviseBestPracticeMutation($input: ReviseBestPracticeInput!) {
      reviseBestPractice(input: $input) {
        bestPractice {
          id
          version
          ...BestPracticeEditForm_bestPractice
          ...BestPracticeTexts_bestPractice
          ...BestPracticeCard_bestPractice
        }
      }
    }
    ${BestPracticeEditForm.fragments.bestPractice}
    ${BestPracticeTexts.fragments.bestPractice}
    ${BestPracticeCard.fragments.bestPractice}
  `,
);

/** Revises a best practice's texts or themes (`reviseBestPractice`) against the version that was read. */
export function useReviseBestPracticeMutation() {
  return useMutation(reviseBestPracticeMutation());
}
