import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BestPracticeRouteQuery, BestPracticeRouteQueryVariables } from '../../__generated__/graphql';
import { BestPracticeEditForm } from '../../components/BestPracticeEditForm';
import { BestPracticeTexts } from '../../components/BestPracticeTexts';
import { DetailRoute } from '../../components/DetailRoute';
import { OpenFormButton } from '../../components/MutationForm';
import { PageColumns } from '../../components/PageColumns';
import { useFormat } from '../../i18n/format';
import { useViewer } from '../../viewer/viewer-context';
import { approvesBestPractices } from './BestPracticeRules';

const BEST_PRACTICE_ROUTE_QUERY: TypedDocumentNode<BestPracticeRouteQuery, BestPracticeRouteQueryVariables> = gql`
  query BestPracticeRouteQuery($id: ID!) {
    bestPractice(id: $id) {
      id
      version
      approvedAt
      approvedBy
      initiative {
        id
        title
      }
      edition {
        id
        title
        year
        country {
          code
          name
        }
      }
      nomination {
        id
      }
      ...BestPracticeTexts_bestPractice
      ...BestPracticeEditForm_bestPractice
    }
  }
  ${BestPracticeTexts.fragments.bestPractice}
  ${BestPracticeEditForm.fragments.bestPractice}
`;

/** `/awards/best-practices/:id`: a best practice's texts, its initiative and the edition it won; revision for admins. */
export function BestPracticeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const result = useQuery(BEST_PRACTICE_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <DetailRoute
      back={{ to: '/awards/best-practices', label: t('awards.bestPractices.backToList') }}
      result={result}
      node={(data) => data.bestPractice}
      notFound={t('awards.bestPractices.notFound')}
      title={(bestPractice) => bestPractice.initiative.title}
      articleClassName="page best-practice-page"
    >
      {(bestPractice) => (
        <>
          <header className="page-header">
            <p className="eyebrow">{t('awards.bestPractices.eyebrow')}</p>
            <h1>{bestPractice.initiative.title}</h1>
          </header>
          <PageColumns
            aside={
              <section className="panel">
                <h2>{t('awards.bestPractices.factsTitle')}</h2>
                <dl className="facts">
                  <dt>{t('awards.bestPractices.initiative')}</dt>
                  <dd>
                    <Link to={`/initiatives/${bestPractice.initiative.id}`}>{bestPractice.initiative.title}</Link>
                  </dd>
                  <dt>{t('awards.bestPractices.edition')}</dt>
                  <dd>
                    <Link to={`/awards/editions/${bestPractice.edition.id}`}>{bestPractice.edition.title}</Link>
                  </dd>
                  <dt>{t('awards.bestPractices.country')}</dt>
                  <dd>{format.country(bestPractice.edition.country)}</dd>
                  <dt>{t('awards.bestPractices.nomination')}</dt>
                  <dd>
                    <Link to={`/awards/nominations/${bestPractice.nomination.id}`}>
                      {t('awards.bestPractices.nominationLink')}
                    </Link>
                  </dd>
                  <dt>{t('awards.bestPractices.approved')}</dt>
                  <dd>
                    {bestPractice.approvedBy
                      ? t('awards.bestPractices.approvedOnBy', {
                          date: format.date(bestPractice.approvedAt),
                          name: bestPractice.approvedBy,
                        })
                      : format.date(bestPractice.approvedAt)}
                  </dd>
                </dl>
              </section>
            }
          >
            {approvesBestPractices(viewer) &&
              (editing ? (
                <BestPracticeEditForm
                  bestPractice={bestPractice}
                  onDone={() => setEditing(false)}
                  onReload={() => void result.refetch()}
                />
              ) : (
                <OpenFormButton label={t('awards.bestPractices.reviseOpen')} onOpen={() => setEditing(true)} />
              ))}
            <div className="panel">
              <BestPracticeTexts bestPractice={bestPractice} />
            </div>
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}
