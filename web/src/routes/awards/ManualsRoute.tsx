import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ManualsRouteQuery, ManualsRouteQueryVariables } from '../../__generated__/graphql';
import { ManualCard } from '../../components/ManualCard';
import { ManualCreateForm } from '../../components/ManualCreateForm';
import { OpenFormButton } from '../../components/MutationForm';
import { PageTitle } from '../../components/PageTitle';
import { QueryStates } from '../../components/QueryPage';
import { useViewer } from '../../viewer/viewer-context';
import { approvesBestPractices, readsManualDrafts } from './BestPracticeRules';

const MANUALS_ROUTE_QUERY: TypedDocumentNode<ManualsRouteQuery, ManualsRouteQueryVariables> = gql`
  query ManualsRouteQuery {
    manuals {
      id
      ...ManualCard_manual
    }
  }
  ${ManualCard.fragments.manual}
`;

/** `/awards/manuals`: the published manuals for everyone, the drafts too for admins and coordinators. */
export function ManualsRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  const result = useQuery(MANUALS_ROUTE_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="page">
      <PageTitle title={t('awards.manuals.title')} />
      <header className="page-header">
        <h1 id={headingId}>{t('awards.manuals.title')}</h1>
        <p className="lead">{readsManualDrafts(viewer) ? t('awards.manuals.introStaff') : t('awards.manuals.intro')}</p>
        <p>
          <Link to="/awards/best-practices">{t('awards.manuals.bestPracticesLink')}</Link>
        </p>
      </header>
      {approvesBestPractices(viewer) &&
        (creating ? (
          <ManualCreateForm onCancel={() => setCreating(false)} />
        ) : (
          <OpenFormButton label={t('awards.manuals.createOpen')} onOpen={() => setCreating(true)} />
        ))}
      <QueryStates result={result} keepPrevious>
        {(data) => (
          <section aria-labelledby={headingId} className="results">
            <p className="results__count" role="status">
              {t('awards.manuals.count', { total: data.manuals.length })}
            </p>
            {data.manuals.length ? (
              <ol className="card-list">
                {data.manuals.map((manual) => (
                  <li key={manual.id}>
                    <ManualCard manual={manual} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="empty-state">{t('awards.manuals.empty')}</p>
            )}
          </section>
        )}
      </QueryStates>
    </div>
  );
}
