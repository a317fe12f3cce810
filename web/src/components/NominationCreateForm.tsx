import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NominationCreateForm_EditionFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useSubmitNominationMutation } from '../mutations/useSubmitNominationMutation';
import { evidenceLines } from '../routes/awards/award-rules';
import { InitiativePicker, type ChosenInitiative } from './InitiativePicker';
import { MutationForm } from './MutationForm';
import { TextField } from './TextField';

interface NominationCreateFormProps {
  edition: FragmentType<NominationCreateForm_EditionFragment>;
}

/**
 * Nominates one initiative of the edition's country: why it deserves the award, and links or short
 * texts that back it (one per line). The server checks the lengths, the links and one nomination
 * per initiative and edition.
 */
export function NominationCreateForm({ edition }: NominationCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, complete } = useFragment({ fragment: NOMINATION_CREATE_FORM_FRAGMENT, from: edition });
  const [initiative, setInitiative] = useState<ChosenInitiative | null>(null);
  const [statement, setStatement] = useState('');
  const [evidence, setEvidence] = useState('');
  const [submit, submitting] = useSubmitNominationMutation();
  if (!complete) return null;
  const problems = fieldProblemsOf(submitting.error);
  const evidenceProblem =
    problems.evidence ?? Object.entries(problems).find(([field]) => field.startsWith('evidence.'))?.[1];
  return (
    <MutationForm
      className="stack edit-form"
      label={t('awards.nominate.title')}
      mutation={submitting}
      refusal
      submitLabel={t('awards.nominate.submit')}
      onCancel={() => void navigate(`/awards/editions/${data.id}`)}
      onSubmit={() =>
        submit({
          variables: {
            input: {
              editionId: data.id,
              initiativeId: initiative?.id ?? '',
              statement: statement.trim(),
              evidence: evidenceLines(evidence),
            },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.submitNomination.nomination.id;
        if (id) void navigate(`/awards/nominations/${id}`);
      }}
    >
      <InitiativePicker
        countryCode={data.country.code}
        value={initiative}
        onChange={setInitiative}
        problem={problems.initiativeId}
        labels={{
          legend: t('awards.nominate.initiative'),
          chosen: (title) => t('awards.nominate.chosen', { title }),
          search: t('awards.nominate.search'),
        }}
      />
      <TextField
        label={t('awards.nominate.statement')}
        hint={t('awards.nominate.statementHint')}
        multiline
        value={statement}
        onChange={setStatement}
        problem={problems.statement}
      />
      <TextField
        label={t('awards.nominate.evidence')}
        hint={t('awards.nominate.evidenceHint')}
        multiline
        value={evidence}
        onChange={setEvidence}
        problem={evidenceProblem}
      />
    </MutationForm>
  );
}

const NOMINATION_CREATE_FORM_FRAGMENT: TypedDocumentNode<NominationCreateForm_EditionFragment> = gql`
  fragment NominationCreateForm_edition on AwardEdition {
    id
    country {
      code
    }
  }
`;

NominationCreateForm.fragments = { edition: NOMINATION_CREATE_FORM_FRAGMENT };
