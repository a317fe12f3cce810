import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RecordConsentMutation, RecordConsentMutationVariables } from '../__generated__/graphql';

const RECORD_CONSENT_MUTATION: TypedDocumentNode<RecordConsentMutation, RecordConsentMutationVariables> = gql`
  mutation RecordConsentMutation($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      withdrawalCode
      consent {
        id
      }
    }
  }
`;

/**
 * Records a story's consent (`recordConsent`). The answer carries the storyteller's withdrawal code,
 * shown once: it is kept out of Apollo's cache (`no-cache`) so it lives only in the form that shows
 * it, until the person says they handed it over. The page asks for the story again afterwards.
 */
export function useRecordConsentMutation() {
  return useMutation(RECORD_CONSENT_MUTATION, { fetchPolicy: 'no-cache' });
}
