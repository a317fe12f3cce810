import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OrganizationRouteQuery, OrganizationRouteQueryVariables } from '../../__generated__/graphql';
import { LoadingState } from '../../components/LoadingState';
import { MembershipPipeline } from '../../components/MembershipPipeline';
import { OrganizationContact } from '../../components/OrganizationContact';
import { OrganizationProfile } from '../../components/OrganizationProfile';
import { QueryError } from '../../components/QueryError';

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
  const { data, error, refetch } = useQuery(ORGANIZATION_ROUTE_QUERY, { variables: { id } });
  const reload = () => void refetch();

  const back = (
    <nav className="breadcrumb" aria-label={t('organization.backToList')}>
      <Link to="/organizations">← {t('organization.backToList')}</Link>
    </nav>
  );
  if (error) {
    return (
      <div className="page">
        {back}
        <QueryError error={error} onRetry={reload} />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        {back}
        <LoadingState />
      </div>
    );
  }
  const { organization } = data;
  if (!organization) {
    return (
      <div className="page">
        <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
        {back}
        <div className="empty-state" role="alert">
          <p>{t('organization.notFound')}</p>
        </div>
      </div>
    );
  }
  return (
    <article className="page initiative-page">
      <title>{`${organization.name} · ${t('app.name')}`}</title>
      {back}
      <OrganizationProfile organization={organization} />
      <div className="initiative-page__columns">
        <div className="initiative-page__main">
          <MembershipPipeline organization={organization} onReload={reload} />
        </div>
        <aside className="initiative-page__aside">
          <OrganizationContact organization={organization} />
        </aside>
      </div>
    </article>
  );
}
