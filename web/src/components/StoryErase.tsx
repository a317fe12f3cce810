import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EraseStoryMutation } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useEraseStoryMutation } from '../mutations/useEraseStoryMutation';
import { MutationError } from './MutationError';
import { TextField } from './TextField';

export type Erasure = EraseStoryMutation['eraseStory'];

interface StoryEraseProps {
  storyId: string;
  /** Called once the server has erased the story (only its tombstone remains). */
  onErased: (result: Erasure) => void;
  /** The text of the button that opens the confirmation (the story page's, or a list row's). */
  openLabel?: string;
  /** Opens with the confirmation shown (when the person already chose the story to erase). */
  startOpen?: boolean;
  /** Called when the person cancels. */
  onCancel?: () => void;
}

/**
 * Erasing a story for good (admins and the coordinator of its country): a confirmation that says
 * plainly what is deleted and what remains, and the reason, which the tombstone keeps.
 */
export function StoryErase({ storyId, onErased, openLabel, startOpen = false, onCancel }: StoryEraseProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(startOpen);
  const [reason, setReason] = useState('');
  const [erase, { loading, error, reset }] = useEraseStoryMutation();
  const problems = fieldProblemsOf(error);

  if (!asking) {
    return (
      <p>
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          {openLabel ?? t('erase.open')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="panel panel--warning stack"
      aria-label={t('erase.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        erase({ variables: { input: { storyId, reason: reason.trim() } } }).then(
          ({ data }) => data && onErased(data.eraseStory),
          () => {
            // shown from the hook's `error`
          },
        );
      }}
    >
      <h3>{t('erase.title')}</h3>
      <p className="muted">{t('erase.story', { id: storyId })}</p>
      <p data-testid="erase-deletes">{t('erase.deletes')}</p>
      <p data-testid="erase-keeps">{t('erase.keeps')}</p>
      <p>
        <strong>{t('erase.cannotUndo')}</strong>
      </p>
      <TextField
        label={t('erase.reason')}
        value={reason}
        onChange={setReason}
        problem={problems.reason}
        hint={t('erase.reasonHint')}
        multiline
        required
      />
      {error && <MutationError error={error} />}
      <div className="actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {loading ? t('forms.saving') : t('erase.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            reset();
            setAsking(false);
            onCancel?.();
          }}
        >
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
