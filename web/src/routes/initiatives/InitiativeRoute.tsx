import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InitiativeRouteQuery, InitiativeRouteQueryVariables } from '../../__generated__/graphql';
import { BestPracticePanel } from '../../components/BestPracticePanel';
import { DetailRoute } from '../../components/DetailRoute';
import { InitiativeArchiveControls } from '../../components/InitiativeArchiveControls';
import { InitiativeDescription } from '../../components/InitiativeDescription';
import { InitiativeFacts } from '../../components/InitiativeFacts';
import { InitiativeHeader } from '../../components/InitiativeHeader';
import { InitiativeNominations } from '../../components/InitiativeNominations';
import { InitiativeStories } from '../../components/InitiativeStories';
import { InitiativeWorkshopOutcomes } from '../../components/InitiativeWorkshopOutcomes';
import { PageColumns } from '../../components/PageColumns';

// One request through the gateway: the profile comes from network, the stories from stories, the
// nominations from awards and the workshop outcomes from advocacy.
const INITIATIVE_ROUTE_QUERY: TypedDocumentNode<InitiativeRouteQuery, InitiativeRouteQueryVariables> = gql`
  query InitiativeRouteQuery($id: ID!) {
    initiative(id: $id) {
      id
      title
      viewerCanEdit
      ...InitiativeHeader_initiative
      ...InitiativeArchiveControls_initiative
      ...InitiativeDescription_initiative
      ...InitiativeFacts_initiative
      ...InitiativeStories_initiative
      ...InitiativeNominations_initiative
      ...InitiativeWorkshopOutcomes_initiative
      ...BestPracticePanel_initiative
    }
  }
  ${InitiativeHeader.fragments.initiative}
  ${InitiativeArchiveControls.fragments.initiative}
  ${InitiativeDescription.fragments.initiative}
  ${InitiativeFacts.fragments.initiative}
  ${InitiativeStories.fragments.initiative}
  ${InitiativeNominations.fragments.initiative}
  ${InitiativeWorkshopOutcomes.fragments.initiative}
  ${BestPracticePanel.fragments.initiative}
`;

/** `/initiatives/:id`: everything the network knows about one initiative. */
export function InitiativeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(INITIATIVE_ROUTE_QUERY, { variables: { id } });
  return (
    <DetailRoute
      back={{ to: '/initiatives', label: t('initiative.backToList') }}
      result={result}
      node={(data) => data.initiative}
      notFound={t('initiative.notFound')}
      title={(initiative) => initiative.title}
      articleClassName="page initiative-page"
    >
      {(initiative) => (
        <>
          <InitiativeHeader initiative={initiative} />
          {initiative.viewerCanEdit && (
            <>
              <p>
                <Link className="button button--secondary" to={`/initiatives/${initiative.id}/edit`}>
                  {t('edit.link')}
                </Link>
              </p>
              <InitiativeArchiveControls initiative={initiative} onReload={() => void result.refetch()} />
            </>
          )}
          <PageColumns
            aside={
              <>
                <InitiativeFacts initiative={initiative} />
                <InitiativeNominations initiative={initiative} />
              </>
            }
          >
            <InitiativeDescription initiative={initiative} />
            <BestPracticePanel initiative={initiative} />
            <InitiativeStories initiative={initiative} />
            <InitiativeWorkshopOutcomes initiative={initiative} />
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}
