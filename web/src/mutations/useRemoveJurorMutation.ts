import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RemoveJurorMutation, RemoveJurorMutationVariables } from '../__generated__/graphql';
import { JuryMembers } from '../components/JuryMembers';
import { JurorProgressTable } from '../components/JurorProgressTable';
import { lazyDocument } from './lazy-document';

// The answer brings back what the jury page shows of the edition, now without the juror.
const removeJurorMutation = lazyDocument(
  (): TypedDocumentNode<RemoveJurorMutation, RemoveJurorMutationVariables> => gql`
    mutation RemoveJurorMutation($input: RemoveJurorInput!) {
      removeJuror(input: $input) {
        jurorAccountId
        edition {
          id
          viewerIsJuror
          ...JuryMembers_edition
          ...JurorProgressTable_edition
        }
      }
    }
    ${JuryMembers.fragments.edition}
    ${JurorProgressTable.fragments.edition}
  `,
);

/** Takes a juror off an edition's jury (`removeJuror`): admins, the coordinator of its country. */
export function useRemoveJurorMutation() {
  return useMutation(removeJurorMutation());
}
