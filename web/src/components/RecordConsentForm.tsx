import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentChannel, ConsentGiver, ConsentScope } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useEnumOptions } from '../i18n/enum-values';
import { useRecordConsentMutation } from '../mutations/useRecordConsentMutation';
import { EnumCheckboxes } from './EnumCheckboxes';
import { FieldError } from './FieldError';
import { MutationForm, OpenFormButton } from './MutationForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface RecordConsentFormProps {
  storyId: string;
  /** A minor's consent comes from a guardian: the form starts there. */
  isMinor: boolean;
  /** Asks the page's query again once the consent is recorded. */
  onRecorded: () => void;
}

/** The page's own origin, for the withdrawal page's address the storyteller is told. */
const withdrawPageAddress = () => `${window.location.origin}/withdraw`;
const today = () => new Date().toISOString().slice(0, 10);
/** A date from a date box as the start of that day in UTC (the server stores moments). */
const dayToIso = (day: string) => new Date(`${day}T00:00:00.000Z`).toISOString();

/**
 * Records a consent from the signed form or recording (admins and the coordinator of the story's
 * country). On success the withdrawal code is shown once, with what to do with it.
 */
export function RecordConsentForm({ storyId, isMinor, onRecorded }: RecordConsentFormProps) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const checkboxId = useId();
  const [open, setOpen] = useState(false);
  const [givenBy, setGivenBy] = useState<ConsentGiver>(isMinor ? 'GUARDIAN' : 'STORYTELLER');
  const [givenAt, setGivenAt] = useState(today);
  const [scope, setScope] = useState<ConsentScope>('NETWORK');
  const [channels, setChannels] = useState<ConsentChannel[]>([]);
  const [mayShowName, setMayShowName] = useState(false);
  const [mayShowImage, setMayShowImage] = useState(false);
  const [expiresAt, setExpiresAt] = useState('');
  const [evidenceReference, setEvidenceReference] = useState('');
  const [record, recording] = useRecordConsentMutation();
  const problems = fieldProblemsOf(recording.error);

  if (recording.data) {
    return (
      <section className="panel panel--code" role="alert" aria-labelledby={`${checkboxId}-code`}>
        <h3 id={`${checkboxId}-code`}>{t('recordConsent.codeTitle')}</h3>
        <p className="withdrawal-code" data-testid="withdrawal-code">
          <code>{recording.data.recordConsent.withdrawalCode}</code>
        </p>
        <p>{t('recordConsent.codeExplain', { path: withdrawPageAddress() })}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            // The code is forgotten here: nothing keeps it once the person has handed it over.
            recording.reset();
            setOpen(false);
            onRecorded();
          }}
        >
          {t('recordConsent.codeDone')}
        </button>
      </section>
    );
  }
  if (!open) return <OpenFormButton label={t('recordConsent.open')} onOpen={() => setOpen(true)} />;
  return (
    <MutationForm
      className="panel stack"
      label={t('recordConsent.title')}
      onSubmit={() =>
        record({
          variables: {
            input: {
              storyId,
              givenBy,
              givenAt: dayToIso(givenAt || today()),
              scope,
              channels,
              mayShowName,
              mayShowImage,
              expiresAt: expiresAt ? dayToIso(expiresAt) : null,
              evidenceReference: evidenceReference.trim(),
            },
          },
        })
      }
      mutation={recording}
      submitLabel={t('recordConsent.submit')}
      onCancel={() => setOpen(false)}
    >
      <h3>{t('recordConsent.title')}</h3>
      <p className="muted">{t('recordConsent.intro')}</p>
      <SelectField
        label={t('recordConsent.givenBy')}
        value={givenBy}
        options={enumOptions('ConsentGiver')}
        onChange={(value) => setGivenBy(value as ConsentGiver)}
      />
      {problems.givenBy && <p className="field-error">{problems.givenBy}</p>}
      <TextField
        label={t('recordConsent.givenAt')}
        type="date"
        value={givenAt}
        onChange={setGivenAt}
        problem={problems.givenAt}
        required
      />
      <SelectField
        label={t('recordConsent.scope')}
        value={scope}
        options={enumOptions('ConsentScope')}
        onChange={(value) => setScope(value as ConsentScope)}
      />
      <EnumCheckboxes
        legend={t('recordConsent.channels')}
        options={enumOptions('ConsentChannel')}
        value={channels}
        onChange={setChannels}
        problem={problems.channels}
      />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={mayShowName}
            aria-describedby={problems.mayShowName ? `${checkboxId}-name-error` : undefined}
            onChange={(event) => setMayShowName(event.target.checked)}
          />
          {t('recordConsent.mayShowName')}
        </label>
        <FieldError id={`${checkboxId}-name-error`} message={problems.mayShowName} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={mayShowImage}
            aria-describedby={problems.mayShowImage ? `${checkboxId}-image-error` : undefined}
            onChange={(event) => setMayShowImage(event.target.checked)}
          />
          {t('recordConsent.mayShowImage')}
        </label>
        <FieldError id={`${checkboxId}-image-error`} message={problems.mayShowImage} />
      </div>
      <TextField
        label={t('recordConsent.expiresAt')}
        type="date"
        value={expiresAt}
        onChange={setExpiresAt}
        problem={problems.expiresAt}
      />
      <TextField
        label={t('recordConsent.evidenceReference')}
        value={evidenceReference}
        onChange={setEvidenceReference}
        problem={problems.evidenceReference}
        required
      />
    </MutationForm>
  );
}
