import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ResultsRouteQuery, ResultsRouteQueryVariables } from '../../__generated__/graphql';
import { DecisionForm } from '../../components/DecisionForm';
import { DecisionSummary } from '../../components/DecisionSummary';
import { DetailRoute } from '../../components/DetailRoute';
import { ResultsRankingTable, type ResultRow } from '../../components/ResultsRankingTable';
import { useViewer } from '../../viewer/viewer-context';
import { runsEdition } from './award-rules';
import { movesBetweenRankings, sideBySide } from './ResultsRankings';

// AwardResult has no id of its own (it is computed for each request), so the page reads its rows
// itself and hands plain rows to the tables rather than fragments the cache could not look up.
const RESULTS_ROUTE_QUERY: TypedDocumentNode<ResultsRouteQuery, ResultsRouteQueryVariables> = gql`
  query ResultsRouteQuery($id: ID!) {
    awardEdition(id: $id) {
      id
      title
      phase
      version
      country {
        code
      }
      ...DecisionSummary_edition
    }
    awardResults(editionId: $id) {
      rank
      rawRank
      normalisedRank
      rawScore
      normalisedScore
      submittedScorecards
      missingScorecards
      tied
      outcome
      nomination {
        id
        initiative {
          id
          title
        }
      }
    }
  }
  ${DecisionSummary.fragments.edition}
`;

type Result = ResultsRouteQuery['awardResults'][number];

/** The two rankings in two columns where the screen is wide enough, one above the other where it is not. */
const SIDE_BY_SIDE = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 30rem), 1fr))',
  gap: '1.25rem',
  alignItems: 'start',
} as const;

const rowOf = (result: Result): ResultRow => ({
  nominationId: result.nomination.id,
  title: result.nomination.initiative.title,
  rawRank: result.rawRank,
  normalisedRank: result.normalisedRank,
  rawScore: result.rawScore,
  normalisedScore: result.normalisedScore,
  submittedScorecards: result.submittedScorecards,
  missingScorecards: result.missingScorecards,
  outcome: result.outcome,
});

/**
 * `/awards/editions/:id/results`: the edition's organisers see both rankings side by side from
 * judging on, and record the decision; once announced, everyone sees the winners, finalists and
 * special mentions (the server gives nobody else a score).
 */
export function ResultsRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const result = useQuery(RESULTS_ROUTE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <DetailRoute
      back={{ to: `/awards/editions/${id}`, label: t('awards.results.backToEdition') }}
      result={result}
      node={(data) => data.awardEdition}
      notFound={t('awards.results.notFound')}
      title={(edition) => t('awards.results.title', { edition: edition.title })}
    >
      {(edition, data) => {
        const organiser = runsEdition(viewer, edition.country.code);
        const scored = data.awardResults.some((r) => r.rawScore !== null || r.submittedScorecards !== null);
        if (!data.awardResults.length) {
          return (
            <p className="empty-state" role="status">
              {organiser ? t('awards.results.notYet') : t('awards.results.notAnnounced')}
            </p>
          );
        }
        return (
          <>
            <DecisionSummary edition={edition} />
            {scored ? (
              <OrganiserResults
                rows={data.awardResults.map(rowOf)}
                decide={organiser && edition.phase === 'JUDGING'}
                editionId={edition.id}
                version={edition.version}
                onReload={() => void result.refetch()}
              />
            ) : (
              <AnnouncedResults results={data.awardResults} />
            )}
          </>
        );
      }}
    </DetailRoute>
  );
}

interface OrganiserResultsProps {
  rows: ResultRow[];
  decide: boolean;
  editionId: string;
  version: number;
  onReload: () => void;
}

/** Both rankings side by side, what they mean, what is missing; the decision form while judging. */
function OrganiserResults({ rows, decide, editionId, version, onReload }: OrganiserResultsProps) {
  const { t } = useTranslation();
  const explainedId = useId();
  const { raw, normalised } = sideBySide(rows);
  const missing = rows.reduce((sum, row) => sum + (row.missingScorecards ?? 0), 0);
  const moved = rows.filter(movesBetweenRankings).length;
  return (
    <>
      <section className="panel" aria-labelledby={explainedId}>
        <h2 id={explainedId}>{t('awards.results.howToRead')}</h2>
        <p>{t('awards.results.rawExplained')}</p>
        <p>{t('awards.results.normalisedExplained')}</p>
        <p>{t('awards.results.tieRule')}</p>
        <p className="muted">{t('awards.results.blind')}</p>
      </section>
      {missing > 0 && (
        <p className="form-error" role="status">
          {t('awards.results.missingTotal', { count: missing })}
        </p>
      )}
      {moved > 0 && <p className="muted">{t('awards.results.moved', { count: moved })}</p>}
      <div className="results-side-by-side" style={SIDE_BY_SIDE}>
        <ResultsRankingTable caption={t('awards.results.normalisedRanking')} column={normalised} score="normalised" />
        <ResultsRankingTable caption={t('awards.results.rawRanking')} column={raw} score="raw" />
      </div>
      {decide && (
        <DecisionForm
          key={version}
          editionId={editionId}
          version={version}
          nominations={normalised.rows.map(({ row }) => ({ id: row.nominationId, title: row.title }))}
          onReload={onReload}
        />
      )}
    </>
  );
}

/** What everyone reads of an announced edition: winners, finalists and special mentions with their rank. */
function AnnouncedResults({ results }: { results: readonly Result[] }) {
  const { t } = useTranslation();
  return (
    <ol className="stack announced-results">
      {results.map((r) => (
        <li key={r.nomination.id}>
          <strong>{t('awards.results.rankLine', { rank: r.rank })}</strong> {r.nomination.initiative.title}{' '}
          {r.outcome && (
            <span className={`badge badge--${r.outcome.toLowerCase()}`}>{t(`enums.AwardOutcome.${r.outcome}`)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
