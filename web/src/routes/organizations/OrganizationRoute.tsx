import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrganizationRouteQuery, OrganizationRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { MembershipPipeline } from '../../components/MembershipPipeline';
import { OrganizationContact } from '../../components/OrganizationContact';
import { OrganizationProfile } from '../../components/OrganizationProfile';
import { PageColumns } from '../../components/PageColumns';

const ORGANIZATION_ROUTE_QUERY: TypedDocumentNode<OrganizationRouteQuery, OrganizationRouteQueryVariables> = gql`
  query OrganizationRouteQuery($id: ID!) {
    organization(id: $id) {
      id
      name
      ...OrganizationProfile_organization
      ...OrganizationContact_organization
      ...MembershipPipeline_organization
    }
  }
  ${OrganizationProfile.fragments.organization}
  ${OrganizationContact.fragments.organization}
  ${MembershipPipeline.fragments.organization}
`;

/** `/organizations/:id`: the public profile, the private contact block and the membership pipeline. */
export function OrganizationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(ORGANIZATION_ROUTE_QUERY, { variables: { id } });
  return (
    <DetailRoute
      back={{ to: '/organizations', label: t('organization.backToList') }}
      result={result}
      node={(data) => data.organization}
      notFound={t('organization.notFound')}
      title={(organization) => organization.name}
      articleClassName="page initiative-page"
    >
      {(organization) => (
        <>
          <OrganizationProfile organization={organization} />
          <PageColumns aside={<OrganizationContact organization={organization} />}>
            <MembershipPipeline organization={organization} onReload={() => void result.refetch()} />
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}
