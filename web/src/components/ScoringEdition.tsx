import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoringEditionQuery, ScoringEditionQueryVariables } from '../__generated__/graphql';
import { isScoreable, scoringProgressOf } from '../routes/awards/ScorecardDraft';
import { QueryStates } from './QueryPage';
import { ScoringConflicts } from './ScoringConflicts';

interface ScoringEditionProps {
  editionId: string;
  title: string;
}

/**
 * One edition the viewer judges: the nominations to score (eligible and shortlisted; the server never
 * lists a withdrawn one, nor one the juror declared a conflict with) with where their own scorecard stands.
 */
export function ScoringEdition({ editionId, title }: ScoringEditionProps) {
  const headingId = useId();
  const result = useQuery(SCORING_EDITION_QUERY, {
    variables: { id: editionId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="panel scoring-edition" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <QueryStates result={result}>
        {(data) => (data.awardEdition ? <EditionNominations edition={data.awardEdition} /> : null)}
      </QueryStates>
    </section>
  );
}

function EditionNominations({ edition: data }: { edition: NonNullable<ScoringEditionQuery['awardEdition']> }) {
  const { t } = useTranslation();
  const nominations = data.nominations.nodes.filter((n) => isScoreable(n.status));
  const criteria = data.guideline.criteria.length;
  const submitted = nominations.filter((n) => n.myScorecard?.status === 'SUBMITTED').length;
  return (
    <>
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
    </>
  );
}

// Its own query rather than a fragment of the page's: every judging edition's nominations in one
// operation would cost more than the gateway accepts (a list of lists), and a juror sits on few.
const SCORING_EDITION_QUERY: TypedDocumentNode<ScoringEditionQuery, ScoringEditionQueryVariables> = gql`
  query ScoringEditionQuery($id: ID!) {
    awardEdition(id: $id) {
      id
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
  }
  ${ScoringConflicts.fragments.edition}
`;
