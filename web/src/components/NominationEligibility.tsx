import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationEligibility_NominationFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useScreenNominationMutation } from '../mutations/useScreenNominationMutation';
import { runsEdition, screenable, screeningOpen } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface NominationEligibilityProps {
  nomination: FragmentType<NominationEligibility_NominationFragment>;
  /** Asks the page's query again (after a CONFLICT: someone else screened it first). */
  onReload: () => void;
}

/**
 * The eligibility screening: the outcome with its reason, the answer to each rule of the edition's
 * guideline, and (for the edition's organisers, while it may be screened) the screening form.
 */
export function NominationEligibility({ nomination, onReload }: NominationEligibilityProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: NOMINATION_ELIGIBILITY_FRAGMENT, from: nomination });
  if (!complete) return null;
  const mayScreen =
    runsEdition(viewer, data.edition.country.code) && screeningOpen(data.edition.phase) && screenable(data.status);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.eligibility.title')}</h2>
      <p>
        <strong className={`badge badge--${data.eligibility.toLowerCase()}`} data-testid="nomination-eligibility">
          {t(`enums.Eligibility.${data.eligibility}`)}
        </strong>
        {data.screenedAt && (
          <span className="muted"> · {t('awards.eligibility.screenedAt', { date: format.date(data.screenedAt) })}</span>
        )}
      </p>
      {data.eligibilityReason && <p>{data.eligibilityReason}</p>}
      {data.eligibilityChecks && data.eligibilityChecks.length > 0 && (
        <ol className="stack eligibility-checks" aria-label={t('awards.eligibility.checks')}>
          {data.eligibilityChecks.map((check) => (
            <li key={check.rule}>
              <span className={check.met ? 'badge badge--eligible' : 'badge badge--ineligible'}>
                {check.met ? t('awards.eligibility.met') : t('awards.eligibility.notMet')}
              </span>{' '}
              {check.text}
              {check.note && <p className="muted">{check.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {mayScreen && (
        <ScreenForm
          key={data.version}
          nominationId={data.id}
          version={data.version}
          rules={data.edition.guideline.eligibilityRules}
          checks={data.eligibilityChecks ?? []}
          reason={data.eligibilityReason ?? ''}
          onReload={onReload}
        />
      )}
    </section>
  );
}

type Check = NonNullable<NominationEligibility_NominationFragment['eligibilityChecks']>[number];

interface ScreenFormProps {
  nominationId: string;
  version: number;
  rules: readonly { key: string; text: string }[];
  /** The last screening's answers, to start from. */
  checks: readonly Check[];
  reason: string;
  onReload: () => void;
}

/** One answer per rule (met or not, with a note), and the reason, required when a rule is not met. */
function ScreenForm({ nominationId, version, rules, checks, reason: lastReason, onReload }: ScreenFormProps) {
  const { t } = useTranslation();
  const [met, setMet] = useState<(boolean | null)[]>(() =>
    rules.map((rule) => checks.find((c) => c.rule === rule.key)?.met ?? null),
  );
  const [notes, setNotes] = useState<string[]>(() =>
    rules.map((rule) => checks.find((c) => c.rule === rule.key)?.note ?? ''),
  );
  const [reason, setReason] = useState(lastReason);
  const [screen, screening] = useScreenNominationMutation();
  const problems = fieldProblemsOf(screening.error);
  const answered = met.flatMap((value, i) =>
    value === null ? [] : [{ rule: rules[i].key, met: value, note: notes[i].trim() || null }],
  );
  return (
    <VersionedEditForm
      className="stack screen-form"
      label={t('awards.eligibility.screenTitle')}
      mutation={screening}
      refusal
      onReload={onReload}
      submitLabel={t('awards.eligibility.screenSubmit')}
      onSubmit={() =>
        screen({
          variables: {
            input: { id: nominationId, expectedVersion: version, checks: answered, reason: reason.trim() || null },
          },
        })
      }
    >
      <h3>{t('awards.eligibility.screenTitle')}</h3>
      {problems.checks && <p className="field-error">{problems.checks}</p>}
      {rules.map((rule, index) => (
        <fieldset key={rule.key} className="field">
          <legend>{t('awards.eligibility.rule', { number: index + 1, text: rule.text })}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`rule-${index}`}
              checked={met[index] === true}
              onChange={() => setMet((all) => all.map((value, i) => (i === index ? true : value)))}
            />
            {t('awards.eligibility.met')}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name={`rule-${index}`}
              checked={met[index] === false}
              onChange={() => setMet((all) => all.map((value, i) => (i === index ? false : value)))}
            />
            {t('awards.eligibility.notMet')}
          </label>
          <TextField
            label={t('awards.eligibility.note')}
            value={notes[index]}
            onChange={(note) => setNotes((all) => all.map((value, i) => (i === index ? note : value)))}
            problem={problems[`checks.${index}.note`]}
          />
        </fieldset>
      ))}
      <TextField
        label={t('awards.eligibility.reason')}
        multiline
        maxLength={1000}
        value={reason}
        onChange={setReason}
        problem={problems.reason}
      />
    </VersionedEditForm>
  );
}

const NOMINATION_ELIGIBILITY_FRAGMENT: TypedDocumentNode<NominationEligibility_NominationFragment> = gql`
  fragment NominationEligibility_nomination on Nomination {
    id
    version
    status
    eligibility
    eligibilityReason
    screenedAt
    eligibilityChecks {
      rule
      text
      met
      note
    }
    edition {
      id
      phase
      country {
        code
      }
      guideline {
        id
        eligibilityRules {
          key
          text
        }
      }
    }
  }
`;

NominationEligibility.fragments = { nomination: NOMINATION_ELIGIBILITY_FRAGMENT };
