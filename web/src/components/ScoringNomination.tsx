import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringNomination_NominationFragment } from '../__generated__/graphql';

interface ScoringNominationProps {
  nomination: FragmentType<ScoringNomination_NominationFragment>;
}

const isWebLink = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** What the juror judges: the nominator's statement and the evidence that backs it. */
export function ScoringNomination({ nomination }: ScoringNominationProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: SCORING_NOMINATION_FRAGMENT, from: nomination });
  if (!complete) return null;
  return (
    <section className="panel scoring-nomination" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.scoring.statement')}</h2>
      <p className="prose">{data.statement}</p>
      <h3>{t('awards.scoring.evidence')}</h3>
      {data.evidence.length ? (
        <ul>
          {data.evidence.map((item) => (
            <li key={item}>
              {isWebLink(item) ? (
                <a href={item} target="_blank" rel="noreferrer noopener">
                  {item}
                </a>
              ) : (
                item
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('awards.scoring.noEvidence')}</p>
      )}
    </section>
  );
}

const SCORING_NOMINATION_FRAGMENT: TypedDocumentNode<ScoringNomination_NominationFragment> = gql`
  fragment ScoringNomination_nomination on Nomination {
    id
    statement
    evidence
  }
`;

ScoringNomination.fragments = { nomination: SCORING_NOMINATION_FRAGMENT };
