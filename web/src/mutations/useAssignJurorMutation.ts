import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { AssignJurorMutation, AssignJurorMutationVariables } from '../__generated__/graphql';
import { JuryMembers } from '../components/JuryMembers';
import { JurorProgressTable } from '../components/JurorProgressTable';
import { lazyDocument } from './lazy-document';

// The answer brings back what the jury page shows of the edition (the jury and each juror's progress).
const assignJurorMutation = lazyDocument(
  (): TypedDocumentNode<AssignJurorMutation, AssignJurorMutationVariables> => gql`
    mutation AssignJurorMutation($input: AssignJurorInput!) {
      assignJuror(input: $input) {
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

/** Puts an account on an edition's jury (`assignJuror`): admins, the coordinator of its country. */
export function useAssignJurorMutation() {
  return useMutation(assignJurorMutation());
}
