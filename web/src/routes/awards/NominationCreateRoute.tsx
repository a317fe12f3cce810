import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NominationCreateRouteQuery, NominationCreateRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { NominationCreateForm } from '../../components/NominationCreateForm';
import { useViewer } from '../../viewer/viewer-context';
import { mayNominate } from './award-rules';

const NOMINATION_CREATE_ROUTE_QUERY: TypedDocumentNode<
  NominationCreateRouteQuery,
  NominationCreateRouteQueryVariables
> = gql`
  query NominationCreateRouteQuery($id: ID!) {
    awardEdition(id: $id) {
      id
      title
      phase
      country {
        code
      }
      ...NominationCreateForm_edition
    }
  }
  ${NominationCreateForm.fragments.edition}
`;

/** `/awards/editions/:id/nominate`: puts an initiative forward for an edition whose nominations are open. */
export function NominationCreateRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const result = useQuery(NOMINATION_CREATE_ROUTE_QUERY, { variables: { id } });
  return (
    <DetailRoute
      back={{ to: `/awards/editions/${id}`, label: t('awards.nominate.back') }}
      result={result}
      node={(data) => data.awardEdition}
      notFound={t('awards.edition.notFound')}
      title={(edition) => t('awards.nominate.pageTitle', { title: edition.title })}
      refusal={(edition) =>
        edition.phase !== 'NOMINATIONS_OPEN'
          ? t('awards.nominate.closed')
          : !mayNominate(viewer, edition.country.code, edition.phase) && t('awards.nominate.notAllowed')
      }
    >
      {(edition) => (
        <>
          <p className="lead">{t('awards.nominate.intro')}</p>
          <NominationCreateForm edition={edition} />
        </>
      )}
    </DetailRoute>
  );
}
