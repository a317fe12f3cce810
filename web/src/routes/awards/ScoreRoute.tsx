import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ScoreRouteQuery, ScoreRouteQueryVariables } from '../../__generated__/graphql';
import { ConflictDeclareForm } from '../../components/ConflictDeclareForm';
import { DetailRoute } from '../../components/DetailRoute';
import { PageColumns } from '../../components/PageColumns';
import { ScorecardForm } from '../../components/ScorecardForm';
import { ScoringNomination } from '../../components/ScoringNomination';
import { isScoreable, neighbours } from './ScorecardDraft';

// Blind scoring: the page asks for the viewer's own scorecard only (`myScorecard`), never anyone
// else's. A nomination the juror declared a conflict with is not theirs to read: `nomination` is null.
const SCORE_ROUTE_QUERY: TypedDocumentNode<ScoreRouteQuery, ScoreRouteQueryVariables> = gql`
  query ScoreRouteQuery($editionId: ID!, $nominationId: ID!) {
    awardEdition(id: $editionId) {
      id
      title
      phase
      viewerIsJuror
      guideline {
        id
        ...ScorecardForm_guideline
      }
      nominations(first: 100) {
        nodes {
          id
          status
        }
      }
    }
    nomination(id: $nominationId) {
      id
      status
      initiative {
        id
        title
      }
      edition {
        id
      }
      ...ScoringNomination_nomination
      ...ScorecardForm_nomination
    }
  }
  ${ScorecardForm.fragments.guideline}
  ${ScoringNomination.fragments.nomination}
  ${ScorecardForm.fragments.nomination}
`;

/** `/awards/editions/:id/score/:nominationId`: the juror scores one nomination, criterion by criterion. */
export function ScoreRoute() {
  const { t } = useTranslation();
  const { id = '', nominationId = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(SCORE_ROUTE_QUERY, {
    variables: { editionId: id, nominationId },
    fetchPolicy: 'cache-and-network',
  });
  const edition = result.data?.awardEdition;
  return (
    <DetailRoute
      back={{ to: '/awards/scoring', label: t('awards.scoring.backToList') }}
      result={result}
      node={(data) =>
        data.awardEdition && data.nomination?.edition.id === data.awardEdition.id ? data.nomination : null
      }
      notFound={t('awards.scoring.nominationNotFound')}
      refusal={(nomination) =>
        (!edition?.viewerIsJuror && t('awards.scoring.jurorsOnly')) ||
        (!isScoreable(nomination.status) && t('awards.scoring.notScoreable'))
      }
      title={(nomination) => t('awards.scoring.scoreTitle', { title: nomination.initiative.title })}
    >
      {(nomination, data) => {
        const judged = data.awardEdition!;
        const ids = judged.nominations.nodes.filter((n) => isScoreable(n.status)).map((n) => n.id);
        const { previous, next } = neighbours(ids, nomination.id);
        const at = ids.indexOf(nomination.id);
        return (
          <>
            <p className="lead">
              {judged.title}
              {at >= 0 && ` · ${t('awards.scoring.position', { position: at + 1, count: ids.length })}`}
            </p>
            <nav className="actions" aria-label={t('awards.scoring.otherNominations')}>
              {previous && (
                <Link to={`/awards/editions/${judged.id}/score/${previous}`}>{t('awards.scoring.previous')}</Link>
              )}
              {next && <Link to={`/awards/editions/${judged.id}/score/${next}`}>{t('awards.scoring.next')}</Link>}
            </nav>
            <PageColumns
              aside={
                <>
                  <ScoringNomination nomination={nomination} />
                  {judged.phase === 'JUDGING' && (
                    <ConflictDeclareForm
                      nominationId={nomination.id}
                      onDeclared={() => void navigate('/awards/scoring')}
                    />
                  )}
                </>
              }
            >
              <ScorecardForm
                key={nomination.id}
                nomination={nomination}
                guideline={judged.guideline}
                judging={judged.phase === 'JUDGING'}
                onReload={() => result.refetch()}
              />
            </PageColumns>
          </>
        );
      }}
    </DetailRoute>
  );
}
