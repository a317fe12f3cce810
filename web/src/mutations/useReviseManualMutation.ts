import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ReviseManualMutation, ReviseManualMutationVariables } from '../__generated__/graphql';
import { ManualBuilder } from '../components/ManualBuilder';
import { ManualCard } from '../components/ManualCard';
import { ManualChapters } from '../components/ManualChapters';
import { ManualPublish } from '../components/ManualPublish';
import { lazyDocument } from './lazy-document';

// The answer asks again for everything the manual's page and the list show of it (the builder, the
// contents, the publish form, the card), so the cache holds the saved version everywhere.
const reviseManualMutation = lazyDocument(
  (): TypedDocumentNode<ReviseManualMutation, ReviseManualMutationVariables> => gql`
    mutation ReviseManualMutation($input: ReviseManualInput!) {
      reviseManual(input: $input) {
        manual {
          id
          version
          title
          ...ManualBuilder_manual
          ...ManualChapters_manual
          ...ManualPublish_manual
          ...ManualCard_manual
        }
      }
    }
    ${ManualBuilder.fragments.manual}
    ${ManualChapters.fragments.manual}
    ${ManualPublish.fragments.manual}
    ${ManualCard.fragments.manual}
  `,
);

/** Changes a draft manual (`reviseManual`): its texts and all its chapters, against the version that was read. */
export function useReviseManualMutation() {
  return useMutation(reviseManualMutation());
}
