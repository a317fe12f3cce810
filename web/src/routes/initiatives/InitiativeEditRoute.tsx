import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { InitiativeEditRouteQuery, InitiativeEditRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { InitiativeEditForm } from '../../components/InitiativeEditForm';

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
  const result = useQuery(INITIATIVE_EDIT_ROUTE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return (
    <DetailRoute
      back={{ to: `/initiatives/${id}`, label: t('edit.back') }}
      result={result}
      node={(data) => data.initiative}
      notFound={t('initiative.notFound')}
      notFoundTitle={false}
      refusal={(initiative) => !initiative.viewerCanEdit && t('edit.notAllowed')}
      title={(initiative) => t('edit.title', { title: initiative.title })}
    >
      {(initiative) => (
        <InitiativeEditForm
          initiative={initiative}
          onSaved={() => void navigate(`/initiatives/${id}`)}
          onReload={() => void result.refetch()}
        />
      )}
    </DetailRoute>
  );
}
