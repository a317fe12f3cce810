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
import { useViewer } from '../viewer/viewer-context';
import { InitiativePicker, type ChosenInitiative } from './InitiativePicker';
import { MutationForm } from './MutationForm';
import { NominationRateLimited, retryAfterMinutesOf } from './NominationRateLimited';
import { TextField } from './TextField';

interface NominationCreateFormProps {
  edition: FragmentType<NominationCreateForm_EditionFragment>;
  /** The public's nomination is in (they cannot read it back): the page thanks them for `title`'s. */
  onSubmittedByPublic: (initiativeTitle: string) => void;
}

/**
 * Nominates one initiative of the edition's country: why it deserves the award, and links or short
 * texts that back it (one per line). The public (not signed in) also gives a name and an email
 * address, and the form carries the spam trap. The server checks the lengths, the links, the email
 * address, one nomination per initiative and edition, and the intake limits (RATE_LIMITED).
 */
export function NominationCreateForm({ edition, onSubmittedByPublic }: NominationCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const fromPublic = viewer === null;
  const { data, complete } = useFragment({ fragment: NOMINATION_CREATE_FORM_FRAGMENT, from: edition });
  const [initiative, setInitiative] = useState<ChosenInitiative | null>(null);
  const [statement, setStatement] = useState('');
  const [evidence, setEvidence] = useState('');
  const [nominatorName, setNominatorName] = useState('');
  const [nominatorEmail, setNominatorEmail] = useState('');
  const [homepage, setHomepage] = useState('');
  const [submit, submitting] = useSubmitNominationMutation();
  if (!complete) return null;
  const problems = fieldProblemsOf(submitting.error);
  const evidenceProblem =
    problems.evidence ?? Object.entries(problems).find(([field]) => field.startsWith('evidence.'))?.[1];
  const waitMinutes = retryAfterMinutesOf(submitting.error);
  return (
    <MutationForm
      className="stack edit-form"
      label={t('awards.nominate.title')}
      // RATE_LIMITED is said below in the form's own words, with the wait.
      mutation={{ loading: submitting.loading, error: waitMinutes === undefined ? submitting.error : undefined }}
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
              ...(fromPublic && {
                nominatorName: nominatorName.trim(),
                nominatorEmail: nominatorEmail.trim(),
                homepage,
              }),
            },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.submitNomination.nomination.id;
        if (!id) return;
        if (fromPublic) onSubmittedByPublic(initiative?.title ?? '');
        else void navigate(`/awards/nominations/${id}`);
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
      {fromPublic && (
        <>
          <TextField
            label={t('awards.nominate.nominatorName')}
            value={nominatorName}
            onChange={setNominatorName}
            problem={problems.nominatorName}
          />
          <TextField
            label={t('awards.nominate.nominatorEmail')}
            type="email"
            value={nominatorEmail}
            onChange={setNominatorEmail}
            problem={problems.nominatorEmail}
          />
          <p className="muted">{t('awards.nominate.whoReads')}</p>
          {/* Spam trap: hidden from people (CSS) and assistive technology; bots fill it in. */}
          <div className="honeypot" aria-hidden="true">
            <label>
              {t('awards.nominate.honeypot')}
              <input
                name="homepage"
                tabIndex={-1}
                autoComplete="off"
                value={homepage}
                onChange={(event) => setHomepage(event.target.value)}
              />
            </label>
          </div>
        </>
      )}
      {waitMinutes !== undefined && <NominationRateLimited minutes={waitMinutes} />}
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
