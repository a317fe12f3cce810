import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ScoringConflicts_EditionFragment } from '../__generated__/graphql';
import { useWithdrawConflictDeclarationMutation } from '../mutations/useWithdrawConflictDeclarationMutation';
import { MutationError } from './MutationError';

interface ScoringConflictsProps {
  edition: FragmentType<ScoringConflicts_EditionFragment>;
  /** The edition is not decided yet: a declaration can still be withdrawn. */
  canWithdraw: boolean;
}

/**
 * The juror's own declared conflicts in one edition. The nominations themselves are hidden from them
 * (that is the point), so each is named by the reason the juror gave; withdrawing brings it back.
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
              {t('awards.scoring.conflictDeclared', {
                date: new Date(conflict.declaredAt).toLocaleDateString(i18n.language),
              })}{' '}
              <q>{conflict.reason}</q>
            </p>
            {canWithdraw && (
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
      reason
      declaredAt
    }
  }
`;

ScoringConflicts.fragments = { edition: SCORING_CONFLICTS_FRAGMENT };
