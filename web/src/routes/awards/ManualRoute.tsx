import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ManualRouteQuery, ManualRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { ManualBuilder } from '../../components/ManualBuilder';
import { ManualChapters } from '../../components/ManualChapters';
import { ManualPreview } from '../../components/ManualPreview';
import { ManualPublish } from '../../components/ManualPublish';
import { useFormat } from '../../i18n/format';
import { useViewer } from '../../viewer/viewer-context';
import { approvesBestPractices } from './BestPracticeRules';

/** How many approved best practices the builder offers (the API's page size at most). */
const BUILDER_CHOICES = 100;

// Admins, who build drafts, get the approved best practices to choose from in the same request.
const MANUAL_ROUTE_QUERY: TypedDocumentNode<ManualRouteQuery, ManualRouteQueryVariables> = gql`
  query ManualRouteQuery($id: ID!, $edits: Boolean!, $choices: Int!) {
    manual(id: $id) {
      id
      version
      title
      status
      language
      publishedAt
      ...ManualChapters_manual
      ...ManualBuilder_manual
      ...ManualPublish_manual
    }
    bestPractices(first: $choices) @include(if: $edits) {
      nodes {
        id
        ...ManualBuilder_bestPractices
      }
    }
  }
  ${ManualChapters.fragments.manual}
  ${ManualBuilder.fragments.manual}
  ${ManualPublish.fragments.manual}
  ${ManualBuilder.fragments.bestPractices}
`;

/**
 * `/awards/manuals/:id`: a manual's contents and the gateway's rendering of it (HTML preview, PDF);
 * on a draft, the builder and the publish form for admins.
 */
export function ManualRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const edits = approvesBestPractices(viewer);
  const result = useQuery(MANUAL_ROUTE_QUERY, {
    variables: { id, edits, choices: BUILDER_CHOICES },
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void result.refetch();
  return (
    <DetailRoute
      back={{ to: '/awards/manuals', label: t('awards.manuals.backToList') }}
      result={result}
      node={(data) => data.manual}
      notFound={t('awards.manuals.notFound')}
      title={(manual) => manual.title}
      articleClassName="page manual-page"
    >
      {(manual, data) => {
        const building = edits && manual.status === 'DRAFT';
        return (
          <>
            <header className="page-header">
              <p className="eyebrow">{t(`enums.ManualStatus.${manual.status}`)}</p>
              <h1>{manual.title}</h1>
              <p className="muted">
                {format.language(manual.language)}
                {manual.publishedAt &&
                  ` · ${t('awards.manuals.publishedAt', { date: format.date(manual.publishedAt) })}`}
              </p>
            </header>
            <div className="stack">
              {building && (
                <>
                  <ManualBuilder manual={manual} bestPractices={data.bestPractices?.nodes ?? []} onReload={reload} />
                  <ManualPublish manual={manual} onReload={reload} />
                </>
              )}
              {!building && <ManualChapters manual={manual} />}
              <ManualPreview manualId={manual.id} version={manual.version} title={manual.title} />
            </div>
          </>
        );
      }}
    </DetailRoute>
  );
}
