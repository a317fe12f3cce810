import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestPracticePanel_InitiativeFragment } from '../__generated__/graphql';
import { BestPracticeTexts } from './BestPracticeTexts';

interface BestPracticePanelProps {
  initiative: FragmentType<BestPracticePanel_InitiativeFragment>;
}

/** On an initiative's page, once it is an approved best practice the reader may see: its texts and where it won. */
export function BestPracticePanel({ initiative }: BestPracticePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({
    fragment: BEST_PRACTICE_PANEL_FRAGMENT,
    fragmentName: 'BestPracticePanel_initiative',
    from: initiative,
  });
  if (!complete || !data.bestPractice) return null;
  const { bestPractice } = data;
  return (
    <section className="panel best-practice-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('initiative.bestPractice.title')}</h2>
      <p>
        {t('initiative.bestPractice.approvedFrom')}{' '}
        <Link to={`/awards/editions/${bestPractice.edition.id}`}>{bestPractice.edition.title}</Link>
      </p>
      <BestPracticeTexts bestPractice={bestPractice} headingLevel={3} />
      <p>
        <Link to={`/awards/best-practices/${bestPractice.id}`}>{t('initiative.bestPractice.open')}</Link>
      </p>
    </section>
  );
}

const BEST_PRACTICE_PANEL_FRAGMENT: TypedDocumentNode<BestPracticePanel_InitiativeFragment> = gql`
  fragment BestPracticePanel_initiative on Initiative {
    id
    bestPractice {
      id
      edition {
        id
        title
      }
      ...BestPracticeTexts_bestPractice
    }
  }
  ${BestPracticeTexts.fragments.bestPractice}
`;

BestPracticePanel.fragments = { initiative: BEST_PRACTICE_PANEL_FRAGMENT };
