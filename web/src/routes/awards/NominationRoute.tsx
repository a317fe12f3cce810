import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NominationRouteQuery, NominationRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { NominationEligibility } from '../../components/NominationEligibility';
import { NominationShortlist } from '../../components/NominationShortlist';
import { NominationSummary } from '../../components/NominationSummary';
import { NominationWithdraw } from '../../components/NominationWithdraw';
import { PageColumns } from '../../components/PageColumns';

const NOMINATION_ROUTE_QUERY: TypedDocumentNode<NominationRouteQuery, NominationRouteQueryVariables> = gql`
  query NominationRouteQuery($id: ID!) {
    nomination(id: $id) {
      id
      initiative {
        id
        title
      }
      edition {
        id
      }
      ...NominationSummary_nomination
      ...NominationEligibility_nomination
      ...NominationShortlist_nomination
      ...NominationWithdraw_nomination
    }
  }
  ${NominationSummary.fragments.nomination}
  ${NominationEligibility.fragments.nomination}
  ${NominationShortlist.fragments.nomination}
  ${NominationWithdraw.fragments.nomination}
`;

/** `/awards/nominations/:id`: one nomination, its statement and evidence, its screening, shortlist and withdrawal. */
export function NominationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(NOMINATION_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const reload = () => void result.refetch();
  const editionId = result.data?.nomination?.edition.id;
  return (
    <DetailRoute
      back={
        editionId
          ? { to: `/awards/editions/${editionId}`, label: t('awards.nomination.backToEdition') }
          : { to: '/awards', label: t('awards.edition.backToBoard') }
      }
      result={result}
      node={(data) => data.nomination}
      notFound={t('awards.nomination.notFound')}
      title={(nomination) => t('awards.nomination.pageTitle', { title: nomination.initiative.title })}
      articleClassName="page nomination-page"
    >
      {(nomination) => (
        <>
          <header className="page-header">
            <h1>{t('awards.nomination.pageTitle', { title: nomination.initiative.title })}</h1>
          </header>
          <PageColumns
            aside={
              <>
                <NominationShortlist nomination={nomination} onReload={reload} />
                <NominationWithdraw nomination={nomination} onReload={reload} />
              </>
            }
          >
            <NominationSummary nomination={nomination} />
            <NominationEligibility nomination={nomination} onReload={reload} />
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}
