import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InitiativesRouteQuery, InitiativesRouteQueryVariables } from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { InitiativeCard } from '../../components/InitiativeCard';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';

const PAGE_SIZE = 20;
/** Typing pauses this long before the list follows the search box. */
const SEARCH_DELAY_MS = 300;

const INITIATIVES_ROUTE_QUERY: TypedDocumentNode<InitiativesRouteQuery, InitiativesRouteQueryVariables> = gql`
  query InitiativesRouteQuery($first: Int!, $after: String, $search: String, $countryCode: ID) {
    initiatives(first: $first, after: $after, search: $search, countryCode: $countryCode) {
      totalCount
      edges {
        cursor
        node {
          id
          ...InitiativeCard_initiative
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
  ${CountryFilter.fragments.countries}
`;

/** `/initiatives?search=…&country=IT`: the filters live in the address, so a list can be shared. */
export function InitiativesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const searchId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const countryCode = params.get('country') ?? '';
  const [searchInput, setSearchInput] = useState(search);

  const setFilter = (name: 'search' | 'country', value: string) =>
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
    variables: { first: PAGE_SIZE, search: search || null, countryCode: countryCode || null },
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
              {(search || countryCode) && (
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
            <div className="load-more">
              <p className="muted">
                {t('initiatives.showing', {
                  shown: format.number(shown.initiatives.edges.length),
                  total: format.number(shown.initiatives.totalCount),
                })}
              </p>
              {shown.initiatives.pageInfo.hasNextPage && (
                <button
                  type="button"
                  className="button"
                  disabled={loadingMore}
                  onClick={() => void fetchMore({ variables: { after: shown.initiatives.pageInfo.endCursor } })}
                >
                  {loadingMore ? t('initiatives.loadingMore') : t('initiatives.loadMore')}
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
