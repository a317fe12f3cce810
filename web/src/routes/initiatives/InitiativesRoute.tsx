import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type {
  Activity,
  InitiativeSort,
  InitiativeStatus,
  InitiativesRouteQuery,
  InitiativesRouteQueryVariables,
  TargetGroup,
} from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { InitiativeCard } from '../../components/InitiativeCard';
import { InitiativeMap } from '../../components/InitiativeMap';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';
import { SelectField } from '../../components/SelectField';
import { enumValues } from '../../i18n/enum-values';
import { useViewer } from '../../viewer/viewer-context';
import { canCreateInitiatives } from './InitiativeCreateRoute';
import { LoadMore } from '../../components/LoadMore';

const PAGE_SIZE = 20;
/** Typing pauses this long before the list follows the search box. */
const SEARCH_DELAY_MS = 300;
/** Sorts a person can choose; RELEVANCE only with a search, DISTANCE needs a point (not asked for here). */
const SORTS: InitiativeSort[] = ['RELEVANCE', 'TITLE', 'NEWEST'];

type FilterName = 'search' | 'country' | 'targetGroup' | 'activity' | 'status' | 'sort';

/** A value from the address, if it is one of the enum's values (a hand-edited address must not break the query). */
function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const INITIATIVES_ROUTE_QUERY: TypedDocumentNode<InitiativesRouteQuery, InitiativesRouteQueryVariables> = gql`
  query InitiativesRouteQuery(
    $first: Int!
    $after: String
    $search: String
    $countryCode: ID
    $targetGroup: TargetGroup
    $activity: Activity
    $status: InitiativeStatus
    $sort: InitiativeSort
  ) {
    initiatives(
      first: $first
      after: $after
      search: $search
      countryCode: $countryCode
      targetGroup: $targetGroup
      activity: $activity
      status: $status
      sort: $sort
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          ...InitiativeCard_initiative
          ...InitiativeMap_initiatives
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    countries {
      code
      ...CountryFilter_countries
    }
  }
  ${InitiativeCard.fragments.initiative}
  ${InitiativeMap.fragments.initiatives}
  ${CountryFilter.fragments.countries}
`;

/**
 * `/initiatives?search=…&country=IT&targetGroup=…&activity=…&status=…&sort=…`: the filters live in the
 * address, so a list can be shared.
 */
export function InitiativesRoute() {
  const { t } = useTranslation();
  const headingId = useId();
  const searchId = useId();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const countryCode = params.get('country') ?? '';
  const targetGroup = oneOf<TargetGroup>(enumValues('TargetGroup'), params.get('targetGroup'));
  const activity = oneOf<Activity>(enumValues('Activity'), params.get('activity'));
  const status = oneOf<InitiativeStatus>(enumValues('InitiativeStatus'), params.get('status'));
  const chosenSort = oneOf(SORTS, params.get('sort'));
  // RELEVANCE needs words to be relevant to; without a search the list falls back to the server's default.
  const sort = chosenSort === 'RELEVANCE' && !search ? null : chosenSort;
  const filtered = Boolean(search || countryCode || targetGroup || activity || status);
  const [searchInput, setSearchInput] = useState(search);

  const setFilter = (name: FilterName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  useEffect(() => setSearchInput(search), [search]);
  useEffect(() => {
    if (searchInput.trim() === search) return;
    const timer = setTimeout(() => setFilter('search', searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Only typing schedules a search; a change of the address updates the box above instead.
  }, [searchInput]);

  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(INITIATIVES_ROUTE_QUERY, {
    variables: {
      first: PAGE_SIZE,
      search: search || null,
      countryCode: countryCode || null,
      targetGroup,
      activity,
      status,
      sort,
    },
  });
  // While a new filter loads, keep showing the last list instead of flashing an empty page.
  const shown = data ?? previousData;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page">
      <title>{`${t('initiatives.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 id={headingId}>{t('initiatives.title')}</h1>
        <p className="lead">{t('initiatives.intro')}</p>
        {canCreateInitiatives(viewer) && (
          <p>
            <Link className="button" to="/initiatives/new">
              {t('create.link')}
            </Link>
          </p>
        )}
      </header>

      <form
        role="search"
        aria-label={t('initiatives.filters')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('search', searchInput.trim());
        }}
      >
        <div className="field field--grow">
          <label htmlFor={searchId}>{t('initiatives.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            name="search"
            value={searchInput}
            placeholder={t('initiatives.searchPlaceholder')}
            onChange={(event) => setSearchInput(event.target.value)}
          />
        </div>
        {shown && (
          <CountryFilter
            countries={shown.countries}
            value={countryCode}
            onChange={(code) => setFilter('country', code)}
          />
        )}
        <SelectField
          label={t('initiatives.targetGroupLabel')}
          anyLabel={t('initiatives.anyTargetGroup')}
          value={targetGroup ?? ''}
          options={enumValues('TargetGroup').map((value) => ({ value, label: t(`enums.TargetGroup.${value}`) }))}
          onChange={(value) => setFilter('targetGroup', value)}
        />
        <SelectField
          label={t('initiatives.activityLabel')}
          anyLabel={t('initiatives.anyActivity')}
          value={activity ?? ''}
          options={enumValues('Activity').map((value) => ({ value, label: t(`enums.Activity.${value}`) }))}
          onChange={(value) => setFilter('activity', value)}
        />
        <SelectField
          label={t('initiatives.statusLabel')}
          anyLabel={t('initiatives.anyStatus')}
          value={status ?? ''}
          options={enumValues('InitiativeStatus').map((value) => ({
            value,
            label: t(`enums.InitiativeStatus.${value}`),
          }))}
          onChange={(value) => setFilter('status', value)}
        />
        <SelectField
          label={t('initiatives.sortLabel')}
          anyLabel={t('initiatives.sortDefault')}
          value={sort ?? ''}
          options={SORTS.filter((value) => value !== 'RELEVANCE' || search).map((value) => ({
            value,
            label: t(`enums.InitiativeSort.${value}`),
          }))}
          onChange={(value) => setFilter('sort', value)}
        />
        <button type="submit" className="button">
          {t('initiatives.searchButton')}
        </button>
      </form>

      {error && !loadingMore ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState />
      ) : (
        <section aria-labelledby={headingId} aria-busy={loading} className="results">
          <p className="results__count" role="status">
            {t('initiatives.count', { count: shown.initiatives.totalCount })}
          </p>
          {shown.initiatives.edges.length > 0 && (
            <InitiativeMap initiatives={shown.initiatives.edges.map(({ node }) => node)} />
          )}
          {shown.initiatives.edges.length ? (
            <ol className="card-list">
              {shown.initiatives.edges.map(({ node }) => (
                <li key={node.id}>
                  <InitiativeCard initiative={node} />
                </li>
              ))}
            </ol>
          ) : (
            <div className="empty-state">
              <p>{t('initiatives.empty')}</p>
              {filtered && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setParams({}, { replace: true })}
                >
                  {t('initiatives.clearFilters')}
                </button>
              )}
            </div>
          )}
          {shown.initiatives.edges.length > 0 && (
            <LoadMore
              shown={shown.initiatives.edges.length}
              total={shown.initiatives.totalCount}
              hasNextPage={shown.initiatives.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void fetchMore({ variables: { after: shown.initiatives.pageInfo.endCursor } })}
            />
          )}
        </section>
      )}
    </div>
  );
}
