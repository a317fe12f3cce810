import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkPublicationTakenDownMutation } from '../mutations/useMarkPublicationTakenDownMutation';
import { MutationError } from './MutationError';

/** Marks one publication as taken down, with an optional note of where and how. */
export function TakeDownAction({ publicationId }: { publicationId: string }) {
  const { t } = useTranslation();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [mark, { loading, error }] = useMarkPublicationTakenDownMutation();
  return (
    <form
      className="inline-form"
      aria-label={t('publications.markTakenDown')}
      onSubmit={(event) => {
        event.preventDefault();
        mark({ variables: { input: { publicationId, note: note.trim() || null } } }).catch(() => {
          // shown below from the hook's `error`
        });
      }}
    >
      <label htmlFor={noteId} className="visually-hidden">
        {t('publications.takedownNote')}
      </label>
      <input
        id={noteId}
        value={note}
        maxLength={500}
        placeholder={t('publications.takedownNote')}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={loading}>
        {t('publications.markTakenDown')}
      </button>
      {error && <MutationError error={error} refusal />}
    </form>
  );
}
