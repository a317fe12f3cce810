import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardEditionPhase, AwardEditionPhasePanel_EditionFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useMoveAwardEditionPhaseMutation } from '../mutations/useMoveAwardEditionPhaseMutation';
import { phaseMoves, runsEdition } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';
import { FieldError } from './FieldError';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface AwardEditionPhasePanelProps {
  edition: FragmentType<AwardEditionPhasePanel_EditionFragment>;
  /** Asks the page's query again (after a CONFLICT: someone else moved it first). */
  onReload: () => void;
}

/** Where the edition stands, every move so far with who made it and why, and (for its organisers) the next move. */
export function AwardEditionPhasePanel({ edition, onReload }: AwardEditionPhasePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: AWARD_EDITION_PHASE_PANEL_FRAGMENT, from: edition });
  if (!complete) return null;
  const moves = phaseMoves(data.phase);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.phase.title')}</h2>
      <p>
        {t('awards.phase.current')}{' '}
        <strong className={`badge badge--phase-${data.phase.toLowerCase()}`} data-testid="edition-phase">
          {t(`enums.AwardEditionPhase.${data.phase}`)}
        </strong>
      </p>
      <h3>{t('awards.phase.history')}</h3>
      {data.phaseHistory.length ? (
        <ol className="membership-history phase-history" aria-label={t('awards.phase.history')}>
          {data.phaseHistory.map((change) => (
            <li key={change.id}>
              <strong>
                {t('organization.move', {
                  from: t(`enums.AwardEditionPhase.${change.fromPhase}`),
                  to: t(`enums.AwardEditionPhase.${change.toPhase}`),
                })}
              </strong>
              <span className="muted">
                {' '}
                ·{' '}
                {change.changedBy
                  ? t('organization.changedBy', { name: change.changedBy, date: format.date(change.changedAt) })
                  : format.date(change.changedAt)}
              </span>
              <p>{change.reason}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('awards.phase.noHistory')}</p>
      )}
      {runsEdition(viewer, data.country.code) && data.phase === 'JUDGING' && (
        <p className="muted">{t('awards.phase.decidedByDecision')}</p>
      )}
      {runsEdition(viewer, data.country.code) && moves.length > 0 && (
        <MovePhaseForm
          key={data.version}
          editionId={data.id}
          version={data.version}
          moves={moves}
          onReload={onReload}
        />
      )}
    </section>
  );
}

interface MovePhaseFormProps {
  editionId: string;
  version: number;
  moves: AwardEditionPhase[];
  onReload: () => void;
}

function MovePhaseForm({ editionId, version, moves, onReload }: MovePhaseFormProps) {
  const { t } = useTranslation();
  const phaseId = useId();
  const [to, setTo] = useState(moves[0]);
  const [reason, setReason] = useState('');
  const [move, moving] = useMoveAwardEditionPhaseMutation();
  const problems = fieldProblemsOf(moving.error);
  return (
    <VersionedEditForm
      className="stack move-membership-form"
      label={t('awards.phase.moveTitle')}
      mutation={moving}
      refusal
      onReload={onReload}
      submitLabel={t('awards.phase.moveSubmit')}
      onSubmit={() =>
        move({ variables: { input: { id: editionId, to, reason: reason.trim(), expectedVersion: version } } })
      }
    >
      <h3>{t('awards.phase.moveTitle')}</h3>
      <div className="field">
        <label htmlFor={phaseId}>{t('awards.phase.moveTo')}</label>
        <select id={phaseId} value={to} onChange={(event) => setTo(event.target.value as AwardEditionPhase)}>
          {moves.map((phase) => (
            <option key={phase} value={phase}>
              {t(`enums.AwardEditionPhase.${phase}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${phaseId}-error`} message={problems.to} />
      </div>
      <TextField
        label={t('awards.phase.reason')}
        multiline
        maxLength={1000}
        value={reason}
        onChange={setReason}
        problem={problems.reason}
      />
    </VersionedEditForm>
  );
}

const AWARD_EDITION_PHASE_PANEL_FRAGMENT: TypedDocumentNode<AwardEditionPhasePanel_EditionFragment> = gql`
  fragment AwardEditionPhasePanel_edition on AwardEdition {
    id
    version
    phase
    country {
      code
    }
    phaseHistory {
      id
      fromPhase
      toPhase
      reason
      changedAt
      changedBy
    }
  }
`;

AwardEditionPhasePanel.fragments = { edition: AWARD_EDITION_PHASE_PANEL_FRAGMENT };
