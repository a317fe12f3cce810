import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InitiativeEditRouteQuery, InitiativeEditRouteQueryVariables } from '../../__generated__/graphql';
import { InitiativeEditForm } from '../../components/InitiativeEditForm';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';

const INITIATIVE_EDIT_ROUTE_QUERY: TypedDocumentNode<InitiativeEditRouteQuery, InitiativeEditRouteQueryVariables> = gql`
  query InitiativeEditRouteQuery($id: ID!) {
    initiative(id: $id) {
      id
      title
      viewerCanEdit
      ...InitiativeEditForm_initiative
    }
  }
  ${InitiativeEditForm.fragments.initiative}
`;

/** `/initiatives/:id/edit`: the edit form, for those who may edit the initiative. */
export function InitiativeEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Always from the server: the version to save against must be the latest one.
  const { data, error, refetch } = useQuery(INITIATIVE_EDIT_ROUTE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });

  const back = (
    <nav className="breadcrumb" aria-label={t('edit.back')}>
      <Link to={`/initiatives/${id}`}>← {t('edit.back')}</Link>
    </nav>
  );
  if (error) {
    return (
      <div className="page">
        {back}
        <QueryError error={error} onRetry={() => void refetch()} />
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
  const { initiative } = data;
  if (!initiative || !initiative.viewerCanEdit) {
    return (
      <div className="page">
        {back}
        <div className="empty-state" role="alert">
          <p>{initiative ? t('edit.notAllowed') : t('initiative.notFound')}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <title>{`${t('edit.title', { title: initiative.title })} · ${t('app.name')}`}</title>
      {back}
      <header className="page-header">
        <h1>{t('edit.title', { title: initiative.title })}</h1>
      </header>
      <InitiativeEditForm
        initiative={initiative}
        onSaved={() => void navigate(`/initiatives/${id}`)}
        onReload={() => void refetch()}
      />
    </div>
  );
}
