import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestPracticeCard_BestPracticeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface BestPracticeCardProps {
  bestPractice: FragmentType<BestPracticeCard_BestPracticeFragment>;
}

/** One best practice in the list: its initiative, the edition it won, when it was approved, its themes. */
export function BestPracticeCard({ bestPractice }: BestPracticeCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: BEST_PRACTICE_CARD_FRAGMENT, from: bestPractice });
  if (!complete) return null;
  return (
    <article className="initiative-card best-practice-card">
      <h2 className="initiative-card__title">
        <Link to={`/awards/best-practices/${data.id}`}>{data.initiative.title}</Link>
      </h2>
      <p className="initiative-card__place">
        {format.country(data.edition.country)} ·{' '}
        <Link to={`/awards/editions/${data.edition.id}`}>{data.edition.title}</Link>
      </p>
      <p className="muted">{t('awards.bestPractices.approvedAt', { date: format.date(data.approvedAt) })}</p>
      {data.themes.length > 0 && (
        <ul className="tags" aria-label={t('awards.bestPractices.themes')}>
          {data.themes.map((theme) => (
            <li key={theme} className="tag">
              {theme}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

const BEST_PRACTICE_CARD_FRAGMENT: TypedDocumentNode<BestPracticeCard_BestPracticeFragment> = gql`
  fragment BestPracticeCard_bestPractice on BestPractice {
    id
    approvedAt
    themes
    initiative {
      id
      title
    }
    edition {
      id
      title
      country {
        code
        name
      }
    }
  }
`;

BestPracticeCard.fragments = { bestPractice: BEST_PRACTICE_CARD_FRAGMENT };
