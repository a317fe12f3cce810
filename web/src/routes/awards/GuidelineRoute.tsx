import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GuidelineRouteQuery, GuidelineRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { GuidelineCriteria } from '../../components/GuidelineCriteria';
import { GuidelineVersionActions } from '../../components/GuidelineVersionActions';
import { PageColumns } from '../../components/PageColumns';
import { useFormat } from '../../i18n/format';
import { useViewer } from '../../viewer/viewer-context';
import { previousVersion, startsNextVersion } from './guideline-versions';

const GUIDELINE_ROUTE_QUERY: TypedDocumentNode<GuidelineRouteQuery, GuidelineRouteQueryVariables> = gql`
  query GuidelineRouteQuery($id: ID!) {
    guideline(id: $id) {
      id
      key
      title
      version
      publishedAt
      ...GuidelineCriteria_guideline
      ...GuidelineVersionActions_guideline
    }
    guidelines {
      id
      key
      version
      publishedAt
    }
  }
  ${GuidelineCriteria.fragments.guideline}
  ${GuidelineVersionActions.fragments.guideline}
`;

/** `/awards/guidelines/:id`: one guideline version with its rules and criteria; drafts are edited and published here. */
export function GuidelineRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const result = useQuery(GUIDELINE_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <DetailRoute
      back={{ to: '/awards/guidelines', label: t('awards.guideline.backToList') }}
      result={result}
      node={(data) => data.guideline}
      notFound={t('awards.guideline.notFound')}
      title={(guideline) => t('awards.guidelines.versionOf', { title: guideline.title, version: guideline.version })}
      articleClassName="page guideline-page"
    >
      {(guideline, data) => {
        const previous = previousVersion(data.guidelines, guideline);
        return (
          <>
            <header className="page-header">
              <h1>{t('awards.guidelines.versionOf', { title: guideline.title, version: guideline.version })}</h1>
              <p>
                <span className="badge" data-testid="guideline-state">
                  {guideline.publishedAt
                    ? t('awards.guidelines.publishedAt', { date: format.date(guideline.publishedAt) })
                    : t('awards.guidelines.draft')}
                </span>{' '}
                <code className="muted">{guideline.key}</code>
              </p>
              {previous && (
                <p>
                  <Link
                    to={`/awards/guidelines/compare?${new URLSearchParams({ from: previous.id, to: guideline.id })}`}
                  >
                    {t('awards.guideline.compareWithPrevious', { version: previous.version })}
                  </Link>
                </p>
              )}
            </header>
            <PageColumns
              aside={
                viewer?.role === 'ADMIN' && (
                  <GuidelineVersionActions
                    guideline={guideline}
                    startsNext={startsNextVersion(data.guidelines, guideline)}
                    onReload={() => void result.refetch()}
                  />
                )
              }
            >
              <GuidelineCriteria guideline={guideline} />
            </PageColumns>
          </>
        );
      }}
    </DetailRoute>
  );
}
