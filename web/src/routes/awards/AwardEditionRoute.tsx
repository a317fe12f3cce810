import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AwardEditionRouteQuery, AwardEditionRouteQueryVariables } from '../../__generated__/graphql';
import { AwardEditionDeadlines } from '../../components/AwardEditionDeadlines';
import { AwardEditionLinks } from '../../components/AwardEditionLinks';
import { AwardEditionNominations } from '../../components/AwardEditionNominations';
import { AwardEditionPhasePanel } from '../../components/AwardEditionPhasePanel';
import { DetailRoute } from '../../components/DetailRoute';
import { PageColumns } from '../../components/PageColumns';

const AWARD_EDITION_ROUTE_QUERY: TypedDocumentNode<AwardEditionRouteQuery, AwardEditionRouteQueryVariables> = gql`
  query AwardEditionRouteQuery($id: ID!) {
    awardEdition(id: $id) {
      id
      title
      ...AwardEditionLinks_edition
      ...AwardEditionPhasePanel_edition
      ...AwardEditionDeadlines_edition
      ...AwardEditionNominations_edition
    }
  }
  ${AwardEditionLinks.fragments.edition}
  ${AwardEditionPhasePanel.fragments.edition}
  ${AwardEditionDeadlines.fragments.edition}
  ${AwardEditionNominations.fragments.edition}
`;

/** `/awards/editions/:id`: one national award edition, its phase and history, deadlines and nominations. */
export function AwardEditionRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(AWARD_EDITION_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <DetailRoute
      back={{ to: '/awards', label: t('awards.edition.backToBoard') }}
      result={result}
      node={(data) => data.awardEdition}
      notFound={t('awards.edition.notFound')}
      title={(edition) => edition.title}
      articleClassName="page award-edition-page"
    >
      {(edition) => (
        <>
          <header className="page-header">
            <h1>{edition.title}</h1>
          </header>
          <AwardEditionLinks edition={edition} />
          <PageColumns aside={<AwardEditionDeadlines edition={edition} />}>
            <AwardEditionPhasePanel edition={edition} onReload={() => void result.refetch()} />
            <AwardEditionNominations edition={edition} />
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}
