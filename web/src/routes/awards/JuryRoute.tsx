import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { JuryRouteQuery, JuryRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { JurorAssignForm } from '../../components/JurorAssignForm';
import { JurorProgressTable } from '../../components/JurorProgressTable';
import { JuryConflicts } from '../../components/JuryConflicts';
import { JuryMembers } from '../../components/JuryMembers';
import { PageColumns } from '../../components/PageColumns';
import { BackLink, PageMessage } from '../../components/QueryPage';
import { useViewer } from '../../viewer/viewer-context';
import { runsEdition } from './award-rules';
import { unseatedCandidates } from './JuryRules';

// The juror accounts the viewer may read (admins: all; a coordinator: their country's) are offered
// for the jury; any other account is put on it by its id.
const JURY_ROUTE_QUERY: TypedDocumentNode<JuryRouteQuery, JuryRouteQueryVariables> = gql`
  query JuryRouteQuery($id: ID!) {
    awardEdition(id: $id) {
      id
      title
      phase
      country {
        code
      }
      jury {
        id
        jurorAccountId
      }
      ...JuryMembers_edition
      ...JurorProgressTable_edition
      ...JuryConflicts_edition
    }
    accounts(role: JUROR, first: 100) {
      nodes {
        id
        displayName
        email
      }
    }
  }
  ${JuryMembers.fragments.edition}
  ${JurorProgressTable.fragments.edition}
  ${JuryConflicts.fragments.edition}
`;

/** `/awards/editions/:id/jury`: the edition's organisers assign and remove jurors and follow their progress. */
export function JuryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  // Only admins and coordinators can run a jury; nobody else is asked for accounts at all.
  const staff = viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';
  const result = useQuery(JURY_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !staff });
  const back = { to: `/awards/editions/${id}`, label: t('awards.jury.backToEdition') };
  if (!staff) return <PageMessage top={<BackLink {...back} />} message={t('awards.jury.organisersOnly')} />;
  return (
    <DetailRoute
      back={back}
      result={result}
      node={(data) => data.awardEdition}
      notFound={t('awards.jury.notFound')}
      refusal={(edition) => !runsEdition(viewer, edition.country.code) && t('awards.jury.organisersOnly')}
      title={(edition) => t('awards.jury.title', { edition: edition.title })}
    >
      {(edition, data) => (
        <PageColumns
          aside={
            <>
              <JurorAssignForm
                key={edition.jury.length}
                editionId={edition.id}
                candidates={unseatedCandidates(data.accounts.nodes, edition.jury)}
              />
              {edition.phase !== 'DRAFT' && edition.phase !== 'NOMINATIONS_OPEN' && (
                <p>
                  <Link to={`/awards/editions/${edition.id}/results`}>{t('awards.jury.resultsLink')}</Link>
                </p>
              )}
            </>
          }
        >
          <JuryMembers edition={edition} canManage />
          <JurorProgressTable edition={edition} />
          <JuryConflicts edition={edition} />
        </PageColumns>
      )}
    </DetailRoute>
  );
}
