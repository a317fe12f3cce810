import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ScoringRouteQuery, ScoringRouteQueryVariables } from '../../__generated__/graphql';
import { QueryStates } from '../../components/QueryPage';
import { ScoringEdition } from '../../components/ScoringEdition';
import { useViewer } from '../../viewer/viewer-context';

/** Judging editions at once: a handful per year across the network, far below this. */
const EDITIONS = 100;

// Scoring happens while an edition is judging; of those, the page keeps the ones the viewer sits on,
// each of which asks for its nominations itself (ScoringEdition).
const SCORING_ROUTE_QUERY: TypedDocumentNode<ScoringRouteQuery, ScoringRouteQueryVariables> = gql`
  query ScoringRouteQuery($first: Int!) {
    awardEditions(phase: JUDGING, first: $first) {
      nodes {
        id
        title
        viewerIsJuror
      }
    }
  }
`;

/** `/awards/scoring`: the juror's work, the editions in judging they sit on and the nominations to score. */
export function ScoringRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const result = useQuery(SCORING_ROUTE_QUERY, {
    variables: { first: EDITIONS },
    fetchPolicy: 'cache-and-network',
    skip: !viewer,
  });
  return (
    <div className="page">
      <header className="page-header">
        <title>{`${t('awards.scoring.title')} · ${t('app.name')}`}</title>
        <h1>{t('awards.scoring.title')}</h1>
        <p className="lead">{t('awards.scoring.intro')}</p>
      </header>
      {viewer === null ? (
        <div className="empty-state" role="alert">
          <p>{t('awards.scoring.signIn')}</p>
        </div>
      ) : (
        <QueryStates result={result}>
          {(data) => {
            const mine = data.awardEditions.nodes.filter((edition) => edition.viewerIsJuror);
            if (!mine.length) return <p className="empty-state">{t('awards.scoring.noEditions')}</p>;
            return mine.map((edition) => (
              <ScoringEdition key={edition.id} editionId={edition.id} title={edition.title} />
            ));
          }}
        </QueryStates>
      )}
    </div>
  );
}
