import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { PublishManualMutation, PublishManualMutationVariables } from '../__generated__/graphql';
import { ManualCard } from '../components/ManualCard';
import { ManualChapters } from '../components/ManualChapters';
import { ManualPublish } from '../components/ManualPublish';
import { lazyDocument } from './lazy-document';

// The answer brings back the manual as published (status, date, the texts its chapters keep), so the
// page drops the builder and the list shows it published.
const publishManualMutation = lazyDocument(
  (): TypedDocumentNode<PublishManualMutation, PublishManualMutationVariables> => gql`
    mutation PublishManualMutation($input: PublishManualInput!) {
      publishManual(input: $input) {
        manual {
          id
          version
          status
          publishedAt
          ...ManualChapters_manual
          ...ManualPublish_manual
          ...ManualCard_manual
        }
      }
    }
    ${ManualChapters.fragments.manual}
    ${ManualPublish.fragments.manual}
    ${ManualCard.fragments.manual}
  `,
);

/** Publishes a draft manual (`publishManual`): from then on everyone reads it and it never changes. */
export function usePublishManualMutation() {
  return useMutation(publishManualMutation());
}
