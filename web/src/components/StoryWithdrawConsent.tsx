import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithdrawConsentMutation } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useWithdrawConsentMutation } from '../mutations/useWithdrawConsentMutation';
import { MutationForm, OpenFormButton } from './MutationForm';
import { TextField } from './TextField';

interface StoryWithdrawConsentProps {
  storyId: string;
  /** Called once the server has withdrawn the consent (the story is then hidden everywhere). */
  onWithdrawn: (result: WithdrawConsentMutation['withdrawConsent']) => void;
}

/**
 * Staff withdraw a story's consent when the storyteller (or guardian) asks them to: it asks for the
 * reason as the storyteller gave it and says plainly that the story disappears everywhere at once.
 */
export function StoryWithdrawConsent({ storyId, onWithdrawn }: StoryWithdrawConsentProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, withdrawing] = useWithdrawConsentMutation();
  const problems = fieldProblemsOf(withdrawing.error);

  if (!asking) return <OpenFormButton label={t('withdrawConsent.open')} onOpen={() => setAsking(true)} danger />;
  return (
    <MutationForm
      className="panel stack"
      label={t('withdrawConsent.title')}
      onSubmit={() => withdraw({ variables: { input: { storyId, reason: reason.trim() } } })}
      onDone={({ data }) => data && onWithdrawn(data.withdrawConsent)}
      mutation={withdrawing}
      submitLabel={t('withdrawConsent.confirm')}
      danger
      onCancel={() => setAsking(false)}
    >
      <h3>{t('withdrawConsent.title')}</h3>
      <p>{t('withdrawConsent.explain')}</p>
      <TextField
        label={t('withdrawConsent.reason')}
        value={reason}
        onChange={setReason}
        problem={problems.reason}
        multiline
        required
      />
    </MutationForm>
  );
}
