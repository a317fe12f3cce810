import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '../apollo/problems';
import { useDeclareConflictMutation } from '../mutations/useDeclareConflictMutation';
import { MutationForm, OpenFormButton } from './MutationForm';
import { TextField } from './TextField';

interface ConflictDeclareFormProps {
  nominationId: string;
  /** Once declared: the nomination is no longer the juror's to read. */
  onDeclared: () => void;
}

/** The juror says they cannot judge this nomination impartially, and why; their scorecard for it goes. */
export function ConflictDeclareForm({ nominationId, onDeclared }: ConflictDeclareFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [declare, declaring] = useDeclareConflictMutation();
  if (!open) return <OpenFormButton label={t('awards.scoring.declareConflict')} onOpen={() => setOpen(true)} danger />;
  return (
    <MutationForm
      className="stack panel conflict-form"
      label={t('awards.scoring.declareConflict')}
      mutation={declaring}
      submitLabel={t('awards.scoring.declareSubmit')}
      danger
      refusal
      onCancel={() => {
        setOpen(false);
        declaring.reset();
      }}
      onSubmit={() => declare({ variables: { input: { nominationId, reason } } })}
      onDone={onDeclared}
    >
      <h2>{t('awards.scoring.declareConflict')}</h2>
      <p>{t('awards.scoring.declareExplained')}</p>
      <TextField
        label={t('awards.scoring.conflictReason')}
        value={reason}
        onChange={setReason}
        problem={fieldProblemsOf(declaring.error).reason}
        multiline
        required
      />
    </MutationForm>
  );
}
