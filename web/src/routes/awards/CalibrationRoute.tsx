import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationRouteQuery, CalibrationRouteQueryVariables } from '../../__generated__/graphql';
import { CalibrationCriterionTable } from '../../components/CalibrationCriterionTable';
import { CalibrationEditions } from '../../components/CalibrationEditions';
import { CalibrationJurorSpread } from '../../components/CalibrationJurorSpread';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { BackLink, QueryPage } from '../../components/QueryPage';
import { useListFilters } from '../../components/ListPage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../viewer/viewer-context';
import { calibratesJuries, guidelineSets, yearOf } from './calibration-view';

// AwardCalibration is computed for each request and its parts have no id, so the page reads its
// figures itself and hands plain rows to the tables, as the results page does, rather than fragments
// the cache could not look up. The criteria sets come in the same query; the calibration is skipped
// until one is chosen.
const CALIBRATION_ROUTE_QUERY: TypedDocumentNode<CalibrationRouteQuery, CalibrationRouteQueryVariables> = gql`
  query CalibrationRouteQuery($key: String!, $year: Int, $noKey: Boolean!) {
    guidelines(published: true) {
      id
      key
      title
      version
      publishedAt
    }
    awardCalibration(guidelineKey: $key, year: $year) @skip(if: $noKey) {
      guidelineKey
      year
      meanWeightedScore
      criteria {
        key
        name
        mean
        editions
      }
      editions {
        edition {
          id
          title
        }
        countryCode
        year
        phase
        guidelineVersion
        jurors
        submittedScorecards
        meanWeightedScore
        weightedScoreDifference
        criteria {
          key
          name
          scores
          mean
          standardDeviation
          difference
          distribution {
            score
            count
          }
        }
        jurorSpread {
          number
          scorecards
          meanWeightedScore
          standardDeviation
          differenceFromJury
        }
      }
    }
  }
`;

/**
 * `/awards/calibration?key=…&year=…`: how the national juries scored against each other on one
 * criteria set, for admins and national coordinators; the decided and announced editions only.
 */
export function CalibrationRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const filters = useListFilters();
  const key = filters.text('key');
  const year = yearOf(filters.text('year'));
  const allowed = calibratesJuries(viewer);
  const result = useQuery(CALIBRATION_ROUTE_QUERY, {
    variables: { key, year, noKey: !key },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  const firstKey = guidelineSets(result.data?.guidelines ?? [])[0]?.key;
  const { setFilter } = filters;
  useEffect(() => {
    // Opens on the first criteria set, kept in the address like any other filter.
    if (!key && firstKey) setFilter('key', firstKey);
  }, [key, firstKey, setFilter]);

  const top = (
    <>
      <PageTitle title={t('awards.calibration.title')} />
      <BackLink to="/awards" label={t('awards.edition.backToBoard')} />
      <header className="page-header">
        <h1>{t('awards.calibration.title')}</h1>
        <p className="lead">{t('awards.calibration.intro')}</p>
      </header>
    </>
  );
  if (viewer === undefined) {
    return (
      <div className="page">
        {top}
        <LoadingState />
      </div>
    );
  }
  return (
    <QueryPage
      top={top}
      refusal={!allowed && (viewer ? t('awards.calibration.staffOnly') : t('awards.calibration.signIn'))}
      result={result}
      keepPrevious
    >
      {(data) => (
        <div className="page">
          {top}
          <form
            role="search"
            className="filters"
            aria-label={t('awards.calibration.filters')}
            onSubmit={(e) => e.preventDefault()}
          >
            <SelectField
              label={t('awards.calibration.guideline')}
              value={key}
              options={guidelineSets(data.guidelines).map((set) => ({ value: set.key, label: set.title }))}
              onChange={(value) => setFilter('key', value)}
            />
            <TextField
              label={t('awards.calibration.year')}
              type="number"
              hint={t('awards.calibration.yearHint')}
              value={filters.text('year')}
              onChange={(value) => setFilter('year', value)}
            />
          </form>
          {data.awardCalibration ? (
            <CalibrationBody calibration={data.awardCalibration} />
          ) : (
            <p className="empty-state">{t('awards.calibration.noGuideline')}</p>
          )}
        </div>
      )}
    </QueryPage>
  );
}

type Calibration = NonNullable<CalibrationRouteQuery['awardCalibration']>;

/** What the page explains, then the editions, each criterion side by side, and the jurors. */
function CalibrationBody({ calibration }: { calibration: Calibration }) {
  const { t } = useTranslation();
  const explainedId = useId();
  const criteriaId = useId();
  const jurorsId = useId();
  if (!calibration.editions.length) {
    return (
      <p className="empty-state" role="status">
        {t('awards.calibration.empty')}
      </p>
    );
  }
  return (
    <>
      <section className="panel" aria-labelledby={explainedId}>
        <h2 id={explainedId}>{t('awards.calibration.howToRead')}</h2>
        <p>{t('awards.calibration.onlyDecided')}</p>
        <p>{t('awards.calibration.differenceExplained')}</p>
        <p>{t('awards.calibration.jurorsExplained')}</p>
      </section>
      <CalibrationEditions editions={calibration.editions} meanWeightedScore={calibration.meanWeightedScore} />
      <section aria-labelledby={criteriaId}>
        <h2 id={criteriaId}>{t('awards.calibration.byCriterion')}</h2>
        {calibration.criteria.map((criterion) => (
          <CalibrationCriterionTable key={criterion.key} criterion={criterion} editions={calibration.editions} />
        ))}
      </section>
      <section aria-labelledby={jurorsId}>
        <h2 id={jurorsId}>{t('awards.calibration.jurorSpread')}</h2>
        <CalibrationJurorSpread editions={calibration.editions} />
      </section>
    </>
  );
}
