import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '../apollo/problems';
import { useRecordAwardDecisionMutation } from '../mutations/useRecordAwardDecisionMutation';
import { decisionLists, type DecisionChoice } from '../routes/awards/ResultsRankings';
import { useEnumOptions } from '../i18n/enum-values';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface DecisionFormProps {
  editionId: string;
  /** The edition's version as the page read it. */
  version: number;
  /** The ranked nominations, in the order of the ranking shown first. */
  nominations: readonly { id: string; title: string }[];
  onReload: () => void;
}

/**
 * The jury's decision, recorded by the edition's organisers while it is judging: a choice for every
 * ranked nomination (at least one winner), the ranking it was read from, and why. It moves the
 * edition to DECIDED; what is not chosen becomes NOT_SELECTED.
 */
export function DecisionForm({ editionId, version, nominations, onReload }: DecisionFormProps) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const [choices, setChoices] = useState<Record<string, DecisionChoice>>({});
  const [normalised, setNormalised] = useState('true');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [record, recording] = useRecordAwardDecisionMutation();
  const problems = fieldProblemsOf(recording.error);
  return (
    <VersionedEditForm
      className="stack panel decision-form"
      label={t('awards.results.decision')}
      mutation={recording}
      onReload={onReload}
      refusal
      submitLabel={t('awards.results.recordDecision')}
      onSubmit={() => {
        const lists = decisionLists(choices);
        if (!lists.winners.length) {
          setLocal(t('awards.results.needsWinner'));
          return;
        }
        setLocal(null);
        return record({
          variables: {
            input: { editionId, expectedVersion: version, normalised: normalised === 'true', reason, ...lists },
          },
        });
      }}
    >
      <h2>{t('awards.results.decision')}</h2>
      <p>{t('awards.results.decisionExplained')}</p>
      <SelectField
        label={t('awards.results.readFrom')}
        value={normalised}
        options={[
          { value: 'true', label: t('awards.results.normalisedRanking') },
          { value: 'false', label: t('awards.results.rawRanking') },
        ]}
        onChange={setNormalised}
      />
      {nominations.map((nomination) => (
        <SelectField
          key={nomination.id}
          label={nomination.title}
          value={choices[nomination.id] ?? 'NOT_SELECTED'}
          options={options('AwardOutcome')}
          onChange={(value) => setChoices((c) => ({ ...c, [nomination.id]: value as DecisionChoice }))}
        />
      ))}
      {(local ?? problems.winners) && (
        <p className="field-error" role="alert">
          {local ?? problems.winners}
        </p>
      )}
      <TextField
        label={t('awards.results.reason')}
        hint={t('awards.results.reasonHint')}
        value={reason}
        onChange={setReason}
        problem={problems.reason}
        multiline
        required
      />
    </VersionedEditForm>
  );
}
