import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IntakeRouteQuery, IntakeRouteQueryVariables } from '../../__generated__/graphql';
import { LoadingState } from '../../components/LoadingState';
import { ProposalReview } from '../../components/ProposalReview';
import { QueryError } from '../../components/QueryError';
import { useViewer } from '../../viewer/viewer-context';

const INTAKE_ROUTE_QUERY: TypedDocumentNode<IntakeRouteQuery, IntakeRouteQueryVariables> = gql`
  query IntakeRouteQuery {
    intakeTraits {
      key
      text
    }
    initiativeProposals(first: 100, state: PENDING) {
      totalCount
      edges {
        node {
          id
          ...ProposalReview_proposal
        }
      }
    }
  }
  ${ProposalReview.fragments.proposal}
`;

/** `/intake`: the proposals waiting for review in the countries the signed-in staff member reviews. */
export function IntakeRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const staff = viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';
  const { data, error, refetch } = useQuery(INTAKE_ROUTE_QUERY, {
    skip: !staff,
    // A proposal may arrive at any moment from the public form: always ask.
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void refetch();

  return (
    <div className="page">
      <title>{`${t('intake.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1>{t('intake.title')}</h1>
        <p className="lead">{t('intake.intro')}</p>
      </header>
      {viewer === undefined ? (
        <LoadingState />
      ) : !staff ? (
        <div className="empty-state" role="alert">
          <p>{t('intake.staffOnly')}</p>
        </div>
      ) : error ? (
        <QueryError error={error} onRetry={reload} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <section className="results">
          <p className="results__count" role="status">
            {t('intake.count', { count: data.initiativeProposals.totalCount })}
          </p>
          {data.initiativeProposals.edges.length ? (
            <ol className="card-list card-list--single">
              {data.initiativeProposals.edges.map(({ node }) => (
                <li key={node.id}>
                  <ProposalReview proposal={node} traits={data.intakeTraits} onReload={reload} />
                </li>
              ))}
            </ol>
          ) : (
            <div className="empty-state">
              <p>{t('intake.empty')}</p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
