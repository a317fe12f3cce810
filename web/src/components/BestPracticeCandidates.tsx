import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestPracticeCandidates_EditionFragment } from '../__generated__/graphql';
import { winnersAwaitingApproval } from '../routes/awards/BestPracticeRules';
import { BestPracticeApproveForm } from './BestPracticeApproveForm';

interface BestPracticeCandidatesProps {
  /** Decided and announced editions (the others have no winner). */
  editions: FragmentType<BestPracticeCandidates_EditionFragment>[];
  /** The nominations that are a best practice already. */
  approvedNominationIds: readonly string[];
}

/** For the European coordination: the national winners not yet approved, each with its approval form. */
export function BestPracticeCandidates({ editions, approvedNominationIds }: BestPracticeCandidatesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [approving, setApproving] = useState<string | null>(null);
  const { data, complete } = useFragment({ fragment: BEST_PRACTICE_CANDIDATES_FRAGMENT, from: editions });
  if (!complete) return null;
  const candidates = winnersAwaitingApproval(data, approvedNominationIds);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('awards.bestPractices.candidatesTitle')} <span className="count">{candidates.length}</span>
      </h2>
      <p className="muted">{t('awards.bestPractices.candidatesIntro')}</p>
      {candidates.length ? (
        <ul className="stack">
          {candidates.map((candidate) => (
            <li key={candidate.nominationId}>
              {approving === candidate.nominationId ? (
                <BestPracticeApproveForm
                  nominationId={candidate.nominationId}
                  initiativeTitle={candidate.initiativeTitle}
                  onCancel={() => setApproving(null)}
                />
              ) : (
                <p>
                  <Link to={`/awards/nominations/${candidate.nominationId}`}>{candidate.initiativeTitle}</Link>
                  {' · '}
                  <Link to={`/awards/editions/${candidate.editionId}`}>{candidate.editionTitle}</Link>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setApproving(candidate.nominationId)}
                  >
                    {t('awards.bestPractices.approveOpen', { title: candidate.initiativeTitle })}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('awards.bestPractices.candidatesEmpty')}</p>
      )}
    </section>
  );
}

const BEST_PRACTICE_CANDIDATES_FRAGMENT: TypedDocumentNode<BestPracticeCandidates_EditionFragment> = gql`
  fragment BestPracticeCandidates_edition on AwardEdition {
    id
    title
    decision {
      winners {
        id
        initiative {
          id
          title
        }
      }
    }
  }
`;

BestPracticeCandidates.fragments = { editions: BEST_PRACTICE_CANDIDATES_FRAGMENT };
