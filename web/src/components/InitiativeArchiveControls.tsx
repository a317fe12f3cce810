import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeArchiveControls_InitiativeFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useArchiveInitiativeMutation } from '../mutations/useArchiveInitiativeMutation';
import { useRestoreInitiativeMutation } from '../mutations/useRestoreInitiativeMutation';
import { MutationError } from './MutationError';
import { TextField } from './TextField';

interface InitiativeArchiveControlsProps {
  initiative: FragmentType<InitiativeArchiveControls_InitiativeFragment>;
  /** Asks for the initiative again (after a CONFLICT: someone else saved first). */
  onReload: () => void;
}

/**
 * Archive (with a public reason) or restore, for those who may edit the initiative, against the
 * version shown.
 */
export function InitiativeArchiveControls({ initiative, onReload }: InitiativeArchiveControlsProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: INITIATIVE_ARCHIVE_CONTROLS_FRAGMENT, from: initiative });
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [archive, archiveState] = useArchiveInitiativeMutation();
  const [restore, restoreState] = useRestoreInitiativeMutation();
  if (!complete) return null;
  // A proposal or a declined one is reviewed in the intake, not archived here.
  if (data.listing !== 'LISTED' && data.listing !== 'ARCHIVED') return null;

  const error = archiveState.error ?? restoreState.error;
  const loading = archiveState.loading || restoreState.loading;
  const problems = fieldProblemsOf(archiveState.error);
  const reload = () => {
    archiveState.reset();
    restoreState.reset();
    onReload();
  };
  const archived = data.listing === 'ARCHIVED';

  return (
    <div className="archive-controls">
      {archived && <p role="status">{t('archive.archived')}</p>}
      {archived ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => {
            restore({ variables: { input: { id: data.id, expectedVersion: data.version } } }).catch(() => {
              // shown from the hook's `error`
            });
          }}
        >
          {loading ? t('archive.working') : t('archive.restore')}
        </button>
      ) : asking ? (
        <form
          className="panel"
          aria-label={t('archive.archive')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            archive({
              variables: { input: { id: data.id, expectedVersion: data.version, reason: reason.trim() || null } },
            }).then(
              () => {
                setAsking(false);
                setReason('');
              },
              () => {
                // shown from the hook's `error`
              },
            );
          }}
        >
          <TextField
            label={t('archive.reason')}
            value={reason}
            onChange={setReason}
            problem={problems.reason}
            multiline
          />
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('archive.working') : t('archive.confirm')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              archiveState.reset();
              setAsking(false);
            }}
          >
            {t('archive.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('archive.archive')}
        </button>
      )}
      {error && <MutationError error={error} onReload={reload} />}
    </div>
  );
}

const INITIATIVE_ARCHIVE_CONTROLS_FRAGMENT: TypedDocumentNode<InitiativeArchiveControls_InitiativeFragment> = gql`
  fragment InitiativeArchiveControls_initiative on Initiative {
    id
    version
    listing
  }
`;

InitiativeArchiveControls.fragments = { initiative: INITIATIVE_ARCHIVE_CONTROLS_FRAGMENT };
