import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type {
  MembershipStage,
  OrganizationsRouteQuery,
  OrganizationsRouteQueryVariables,
} from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { LoadingState } from '../../components/LoadingState';
import { OrganizationCard } from '../../components/OrganizationCard';
import { QueryError } from '../../components/QueryError';
import { SelectField } from '../../components/SelectField';
import { enumValues } from '../../i18n/enum-values';
import { LoadMore } from '../../components/LoadMore';

const PAGE_SIZE = 20;
/** Typing pauses this long before the list follows the search box. */
const SEARCH_DELAY_MS = 300;

const ORGANIZATIONS_ROUTE_QUERY: TypedDocumentNode<OrganizationsRouteQuery, OrganizationsRouteQueryVariables> = gql`
  query OrganizationsRouteQuery(
    $first: Int!
    $after: String
    $search: String
    $countryCode: ID
    $membershipStage: MembershipStage
  ) {
    organizations(
      first: $first
      after: $after
      search: $search
      countryCode: $countryCode
      membershipStage: $membershipStage
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          ...OrganizationCard_organization
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
  ${OrganizationCard.fragments.organization}
  ${CountryFilter.fragments.countries}
`;

type FilterName = 'search' | 'country' | 'stage';

/** `/organizations?search=…&country=MT&stage=MEMBER`: the filters live in the address. */
export function OrganizationsRoute() {
  const { t } = useTranslation();
  const headingId = useId();
  const searchId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const countryCode = params.get('country') ?? '';
  const stageParam = params.get('stage');
  const stages = enumValues('MembershipStage');
  const membershipStage =
    stageParam && (stages as string[]).includes(stageParam) ? (stageParam as MembershipStage) : null;
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

  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(
    ORGANIZATIONS_ROUTE_QUERY,
    {
      variables: { first: PAGE_SIZE, search: search || null, countryCode: countryCode || null, membershipStage },
    },
  );
  const shown = data ?? previousData;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page">
      <title>{`${t('organizations.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 id={headingId}>{t('organizations.title')}</h1>
        <p className="lead">{t('organizations.intro')}</p>
      </header>

      <form
        role="search"
        aria-label={t('organizations.filters')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('search', searchInput.trim());
        }}
      >
        <div className="field field--grow">
          <label htmlFor={searchId}>{t('organizations.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            name="search"
            value={searchInput}
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
          label={t('organizations.stageLabel')}
          anyLabel={t('organizations.anyStage')}
          value={membershipStage ?? ''}
          options={stages.map((value) => ({ value, label: t(`enums.MembershipStage.${value}`) }))}
          onChange={(value) => setFilter('stage', value)}
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
            {t('organizations.count', { count: shown.organizations.totalCount })}
          </p>
          {shown.organizations.edges.length ? (
            <ol className="card-list">
              {shown.organizations.edges.map(({ node }) => (
                <li key={node.id}>
                  <OrganizationCard organization={node} />
                </li>
              ))}
            </ol>
          ) : (
            <div className="empty-state">
              <p>{t('organizations.empty')}</p>
            </div>
          )}
          {shown.organizations.edges.length > 0 && (
            <LoadMore
              shown={shown.organizations.edges.length}
              total={shown.organizations.totalCount}
              hasNextPage={shown.organizations.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void fetchMore({ variables: { after: shown.organizations.pageInfo.endCursor } })}
            />
          )}
        </section>
      )}
    </div>
  );
}
