import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BestPracticeTexts_BestPracticeFragment } from '../__generated__/graphql';

interface BestPracticeTextsProps {
  bestPractice: FragmentType<BestPracticeTexts_BestPracticeFragment>;
  /** The level of the texts' headings, below the section they stand in (default 2). */
  headingLevel?: 2 | 3;
}

/** The texts the manual prints for a best practice: what works, lessons learned, how to transfer it; its themes. */
export function BestPracticeTexts({ bestPractice, headingLevel = 2 }: BestPracticeTextsProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: BEST_PRACTICE_TEXTS_FRAGMENT, from: bestPractice });
  if (!complete) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="best-practice-texts stack">
      <section>
        <Heading>{t('awards.bestPractices.whatWorks')}</Heading>
        <p className="prose">{data.whatWorks}</p>
      </section>
      <section>
        <Heading>{t('awards.bestPractices.lessons')}</Heading>
        <p className="prose">{data.lessons}</p>
      </section>
      <section>
        <Heading>{t('awards.bestPractices.transferability')}</Heading>
        <p className="prose">{data.transferability}</p>
      </section>
      {data.themes.length > 0 && (
        <section>
          <Heading>{t('awards.bestPractices.themes')}</Heading>
          <ul className="tags">
            {data.themes.map((theme) => (
              <li key={theme} className="tag">
                {theme}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const BEST_PRACTICE_TEXTS_FRAGMENT: TypedDocumentNode<BestPracticeTexts_BestPracticeFragment> = gql`
  fragment BestPracticeTexts_bestPractice on BestPractice {
    id
    whatWorks
    lessons
    transferability
    themes
  }
`;

BestPracticeTexts.fragments = { bestPractice: BEST_PRACTICE_TEXTS_FRAGMENT };
