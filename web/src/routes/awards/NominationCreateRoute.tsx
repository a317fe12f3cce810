import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NominationCreateRouteQuery, NominationCreateRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { NominationCreateForm } from '../../components/NominationCreateForm';
import { PageTitle } from '../../components/PageTitle';
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

/**
 * `/awards/editions/:id/nominate`: puts an initiative forward for an edition whose nominations are open:
 * the network of its country as themselves, the public (not signed in) with a name and an email
 * address, who are thanked here since they cannot read the nomination back.
 */
export function NominationCreateRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { id = '' } = useParams();
  const result = useQuery(NOMINATION_CREATE_ROUTE_QUERY, { variables: { id } });
  const [thanksFor, setThanksFor] = useState<string | null>(null);
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
          : viewer !== undefined &&
            !mayNominate(viewer, edition.country.code, edition.phase) &&
            t('awards.nominate.notAllowed')
      }
      replacement={
        thanksFor === null ? undefined : (
          <div className="panel" role="status">
            <PageTitle title={t('awards.nominate.thanksTitle')} />
            <h1>{t('awards.nominate.thanksTitle')}</h1>
            <p>{t('awards.nominate.thanksBody', { title: thanksFor })}</p>
            <p className="actions">
              <button type="button" className="button button--secondary" onClick={() => setThanksFor(null)}>
                {t('awards.nominate.another')}
              </button>
              <Link className="button button--secondary" to={`/awards/editions/${id}`}>
                {t('awards.nominate.back')}
              </Link>
            </p>
          </div>
        )
      }
    >
      {(edition) =>
        // Until the server has said who is signed in, neither form is shown.
        viewer !== undefined && (
          <>
            <p className="lead">{viewer === null ? t('awards.nominate.publicIntro') : t('awards.nominate.intro')}</p>
            <NominationCreateForm edition={edition} onSubmittedByPublic={setThanksFor} />
          </>
        )
      }
    </DetailRoute>
  );
}
