import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '../apollo/problems';
import { useAssignJurorMutation } from '../mutations/useAssignJurorMutation';
import { accountIdFrom } from '../routes/awards/JuryRules';
import { MutationForm, OpenFormButton } from './MutationForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** An account the viewer may read and put on the jury. */
export interface JurorCandidate {
  id: string;
  displayName: string;
  email: string;
}

interface JurorAssignFormProps {
  editionId: string;
  /** Juror accounts the viewer can read that are not on the jury yet. */
  candidates: readonly JurorCandidate[];
}

/** The choice in the account select that asks for an account id instead. */
const BY_ID = 'by-id';

/**
 * Puts an account on the jury: one of the juror accounts the viewer may read (admins read them all),
 * or any account by its id (a coordinator reads only their country's accounts, and jurors often have none).
 */
export function JurorAssignForm({ editionId, candidates }: JurorAssignFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(candidates[0]?.id ?? BY_ID);
  const [accountId, setAccountId] = useState('');
  const [displayName, setDisplayName] = useState(candidates[0]?.displayName ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [assign, assigning] = useAssignJurorMutation();
  if (!open) return <OpenFormButton label={t('awards.jury.assign')} onOpen={() => setOpen(true)} />;
  const problems = { ...fieldProblemsOf(assigning.error), ...local };
  const close = () => {
    setOpen(false);
    setLocal({});
    assigning.reset();
  };
  return (
    <MutationForm
      className="stack panel juror-assign-form"
      label={t('awards.jury.assign')}
      mutation={assigning}
      refusal
      submitLabel={t('awards.jury.assignSubmit')}
      onCancel={close}
      onSubmit={() => {
        const jurorAccountId = choice === BY_ID ? accountIdFrom(accountId) : choice;
        if (!jurorAccountId) {
          setLocal({ jurorAccountId: t('awards.jury.accountIdInvalid') });
          return;
        }
        setLocal({});
        return assign({ variables: { input: { editionId, jurorAccountId, displayName } } });
      }}
      onDone={() => {
        setAccountId('');
        close();
      }}
    >
      <h2>{t('awards.jury.assign')}</h2>
      <SelectField
        label={t('awards.jury.account')}
        value={choice}
        options={[
          ...candidates.map((c) => ({ value: c.id, label: `${c.displayName} (${c.email})` })),
          { value: BY_ID, label: t('awards.jury.byId') },
        ]}
        onChange={(value) => {
          setChoice(value);
          const candidate = candidates.find((c) => c.id === value);
          if (candidate) setDisplayName(candidate.displayName);
        }}
      />
      {choice === BY_ID && (
        <TextField
          label={t('awards.jury.accountId')}
          hint={t('awards.jury.accountIdHint')}
          value={accountId}
          onChange={setAccountId}
          problem={problems.jurorAccountId}
          required
        />
      )}
      <TextField
        label={t('awards.jury.displayName')}
        hint={t('awards.jury.displayNameHint')}
        value={displayName}
        onChange={setDisplayName}
        problem={problems.displayName}
        required
      />
    </MutationForm>
  );
}
