import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoringEdition_EditionFragment } from '../__generated__/graphql';
import { isScoreable, scoringProgressOf } from '../routes/awards/ScorecardDraft';
import { ScoringConflicts } from './ScoringConflicts';

interface ScoringEditionProps {
  edition: FragmentType<ScoringEdition_EditionFragment>;
}

/**
 * One edition the viewer judges: the nominations to score (eligible and shortlisted; the server never
 * lists a withdrawn one, nor one the juror declared a conflict with) with where their own scorecard stands.
 */
export function ScoringEdition({ edition }: ScoringEditionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: SCORING_EDITION_FRAGMENT, from: edition });
  if (!complete) return null;
  const nominations = data.nominations.nodes.filter((n) => isScoreable(n.status));
  const criteria = data.guideline.criteria.length;
  const submitted = nominations.filter((n) => n.myScorecard?.status === 'SUBMITTED').length;
  return (
    <section className="panel scoring-edition" aria-labelledby={headingId}>
      <h2 id={headingId}>{data.title}</h2>
      <p className="muted">{t('awards.scoring.editionProgress', { submitted, count: nominations.length })}</p>
      {nominations.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('awards.scoring.nomination')}</th>
                <th scope="col">{t('awards.scoring.yourScorecard')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('awards.scoring.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {nominations.map((nomination) => {
                const progress = scoringProgressOf(nomination.myScorecard);
                return (
                  <tr key={nomination.id}>
                    <th scope="row">{nomination.initiative.title}</th>
                    <td>
                      {progress === 'DRAFT'
                        ? t('awards.scoring.progress.DRAFT', {
                            scored: nomination.myScorecard?.scores.length ?? 0,
                            count: criteria,
                          })
                        : t(`awards.scoring.progress.${progress}`)}
                    </td>
                    <td>
                      <Link to={`/awards/editions/${data.id}/score/${nomination.id}`}>
                        {progress === 'SUBMITTED'
                          ? t('awards.scoring.view', { title: nomination.initiative.title })
                          : t('awards.scoring.score', { title: nomination.initiative.title })}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty-state">{t('awards.scoring.nothingToScore')}</p>
      )}
      <ScoringConflicts edition={data} canWithdraw />
    </section>
  );
}

const SCORING_EDITION_FRAGMENT: TypedDocumentNode<ScoringEdition_EditionFragment> = gql`
  fragment ScoringEdition_edition on AwardEdition {
    id
    title
    guideline {
      id
      criteria {
        id
      }
    }
    nominations(first: 100) {
      nodes {
        id
        status
        initiative {
          id
          title
        }
        myScorecard {
          id
          status
          scores {
            criterion
          }
        }
      }
    }
    ...ScoringConflicts_edition
  }
  ${ScoringConflicts.fragments.edition}
`;

ScoringEdition.fragments = { edition: SCORING_EDITION_FRAGMENT };
