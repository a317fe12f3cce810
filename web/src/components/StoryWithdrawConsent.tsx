import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithdrawConsentMutation } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useWithdrawConsentMutation } from '../mutations/useWithdrawConsentMutation';
import { MutationError } from './MutationError';
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
  const [withdraw, { loading, error }] = useWithdrawConsentMutation();
  const problems = fieldProblemsOf(error);

  if (!asking) {
    return (
      <p>
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          {t('withdrawConsent.open')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="panel stack"
      aria-label={t('withdrawConsent.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        withdraw({ variables: { input: { storyId, reason: reason.trim() } } }).then(
          ({ data }) => data && onWithdrawn(data.withdrawConsent),
          () => {
            // shown from the hook's `error`
          },
        );
      }}
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
      {error && <MutationError error={error} />}
      <div className="actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {loading ? t('forms.saving') : t('withdrawConsent.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
