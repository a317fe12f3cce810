import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ScoringConflicts_EditionFragment } from '../__generated__/graphql';
import { useWithdrawConflictDeclarationMutation } from '../mutations/useWithdrawConflictDeclarationMutation';
import { MutationError } from './MutationError';

interface ScoringConflictsProps {
  edition: FragmentType<ScoringConflicts_EditionFragment>;
  /** The edition is not decided yet: a declared conflict can still be withdrawn. */
  canWithdraw: boolean;
}

/**
 * The juror's own conflicts in one edition, declared or detected by the platform. The nominations
 * themselves are hidden from them (that is the point), so each is named by its reason; withdrawing a
 * declared one brings the nomination back; a detected one cannot be withdrawn.
 */
export function ScoringConflicts({ edition, canWithdraw }: ScoringConflictsProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: SCORING_CONFLICTS_FRAGMENT, from: edition });
  const [withdraw, withdrawing] = useWithdrawConflictDeclarationMutation();
  if (!complete || !data.conflicts.length) return null;
  return (
    <div className="stack scoring-conflicts">
      <h3>{t('awards.scoring.yourConflicts', { count: data.conflicts.length })}</h3>
      <ul className="stack">
        {data.conflicts.map((conflict) => (
          <li key={conflict.id}>
            <p>
              {t(conflict.kind === 'DETECTED' ? 'awards.scoring.conflictDetected' : 'awards.scoring.conflictDeclared', {
                date: new Date(conflict.declaredAt).toLocaleDateString(i18n.language),
              })}{' '}
              <q>{conflict.reason}</q>
            </p>
            {conflict.kind === 'DETECTED' && <p className="muted">{t('awards.scoring.detectedCannotWithdraw')}</p>}
            {canWithdraw && conflict.kind === 'DECLARED' && (
              <button
                type="button"
                className="button button--secondary"
                disabled={withdrawing.loading}
                onClick={() =>
                  void withdraw({ variables: { input: { nominationId: conflict.nominationId } } }).catch(
                    () => undefined,
                  )
                }
              >
                {t('awards.scoring.withdrawConflict')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {withdrawing.error && <MutationError error={withdrawing.error} refusal />}
    </div>
  );
}

const SCORING_CONFLICTS_FRAGMENT: TypedDocumentNode<ScoringConflicts_EditionFragment> = gql`
  fragment ScoringConflicts_edition on AwardEdition {
    id
    conflicts {
      id
      nominationId
      kind
      reason
      declaredAt
    }
  }
`;

ScoringConflicts.fragments = { edition: SCORING_CONFLICTS_FRAGMENT };
