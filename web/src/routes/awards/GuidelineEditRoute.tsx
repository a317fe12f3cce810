import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { GuidelineEditRouteQuery, GuidelineEditRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { GuidelineDraftEditor } from '../../components/GuidelineDraftEditor';

const GUIDELINE_EDIT_ROUTE_QUERY: TypedDocumentNode<GuidelineEditRouteQuery, GuidelineEditRouteQueryVariables> = gql`
  query GuidelineEditRouteQuery($id: ID!) {
    guideline(id: $id) {
      id
      title
      version
      publishedAt
      ...GuidelineDraftEditor_guideline
    }
  }
  ${GuidelineDraftEditor.fragments.guideline}
`;

/** `/awards/guidelines/:id/edit`: the draft editor (admins see drafts; a published version never changes). */
export function GuidelineEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(GUIDELINE_EDIT_ROUTE_QUERY, { variables: { id } });
  return (
    <DetailRoute
      back={{ to: `/awards/guidelines/${id}`, label: t('awards.guidelineEditor.back') }}
      result={result}
      node={(data) => data.guideline}
      notFound={t('awards.guideline.notFound')}
      notFoundTitle={false}
      refusal={(guideline) => !!guideline.publishedAt && t('awards.guidelineEditor.published')}
      title={(guideline) =>
        t('awards.guidelineEditor.editTitle', {
          name: t('awards.guidelines.versionOf', { title: guideline.title, version: guideline.version }),
        })
      }
    >
      {(guideline) => <GuidelineDraftEditor guideline={guideline} onReload={() => void result.refetch()} />}
    </DetailRoute>
  );
}
