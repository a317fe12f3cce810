import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type {
  GuidelineDifferenceRouteQuery,
  GuidelineDifferenceRouteQueryVariables,
} from '../../__generated__/graphql';
import { GuidelineDifferenceView } from '../../components/GuidelineDifferenceView';
import { BackLink, QueryPage, PageMessage } from '../../components/QueryPage';
import { PageTitle } from '../../components/PageTitle';

const GUIDELINE_DIFFERENCE_ROUTE_QUERY: TypedDocumentNode<
  GuidelineDifferenceRouteQuery,
  GuidelineDifferenceRouteQueryVariables
> = gql`
  query GuidelineDifferenceRouteQuery($fromId: ID!, $toId: ID!) {
    guidelineDifference(fromId: $fromId, toId: $toId) {
      from {
        id
        title
        version
      }
      to {
        id
        title
        version
      }
      ...GuidelineDifferenceView_difference @unmask
    }
  }
  ${GuidelineDifferenceView.fragments.difference}
`;

/** `/awards/guidelines/compare?from=…&to=…`: what changed from one guideline version to another. */
export function GuidelineDifferenceRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fromId = params.get('from') ?? '';
  const toId = params.get('to') ?? '';
  const result = useQuery(GUIDELINE_DIFFERENCE_ROUTE_QUERY, { variables: { fromId, toId }, skip: !fromId || !toId });
  const top = <BackLink to="/awards/guidelines" label={t('awards.guideline.backToList')} />;
  if (!fromId || !toId) return <PageMessage top={top} message={t('awards.difference.notFound')} />;
  return (
    <QueryPage top={top} result={result}>
      {(data) => {
        const difference = data.guidelineDifference;
        if (!difference) return <PageMessage top={top} message={t('awards.difference.notFound')} />;
        const name = (g: { title: string; version: number }) =>
          t('awards.guidelines.versionOf', { title: g.title, version: g.version });
        const title = t('awards.difference.pageTitle', { from: name(difference.from), to: name(difference.to) });
        return (
          <div className="page">
            <PageTitle title={title} />
            {top}
            <header className="page-header">
              <h1>{title}</h1>
              <p>
                <Link to={`/awards/guidelines/${difference.from.id}`}>{name(difference.from)}</Link>
                {' → '}
                <Link to={`/awards/guidelines/${difference.to.id}`}>{name(difference.to)}</Link>
              </p>
            </header>
            <GuidelineDifferenceView difference={difference} />
          </div>
        );
      }}
    </QueryPage>
  );
}
