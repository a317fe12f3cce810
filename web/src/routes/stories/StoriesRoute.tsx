import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type {
  StoriesRouteQuery,
  StoriesRouteQueryVariables,
  StoryKind,
  StoryStatus,
  StoryTheme,
} from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { QueryError } from '../../components/QueryError';
import { SelectField } from '../../components/SelectField';
import { StoryCard } from '../../components/StoryCard';
import { enumValues } from '../../i18n/enum-values';
import { useFormat } from '../../i18n/format';
import { STORY_LANGUAGES } from '../../stories/languages';
import { useViewer } from '../../viewer/viewer-context';
import { canCreateStories } from '../../stories/story-staff';

const PAGE_SIZE = 20;
/** Typing pauses this long before the list follows the search box. */
const SEARCH_DELAY_MS = 300;

type FilterName = 'search' | 'status' | 'country' | 'theme' | 'kind' | 'language';

/** A value from the address, if it is one of the allowed values (a hand-edited address must not break the query). */
function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const STORIES_ROUTE_QUERY: TypedDocumentNode<StoriesRouteQuery, StoriesRouteQueryVariables> = gql`
  query StoriesRouteQuery(
    $first: Int!
    $after: String
    $search: String
    $status: StoryStatus
    $countryCode: ID
    $theme: StoryTheme
    $kind: StoryKind
    $language: String
  ) {
    stories(
      first: $first
      after: $after
      search: $search
      status: $status
      countryCode: $countryCode
      theme: $theme
      kind: $kind
      language: $language
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          ...StoryCard_story
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
  ${StoryCard.fragments.story}
  ${CountryFilter.fragments.countries}
`;

/**
 * `/stories?search=…&status=…&country=…&theme=…&kind=…&language=…`: the stories the person may see
 * (the server applies consent and role), filtered in the address so a list can be shared.
 */
export function StoriesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const searchId = useId();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const countryCode = params.get('country') ?? '';
  const status = oneOf<StoryStatus>(enumValues('StoryStatus'), params.get('status'));
  const theme = oneOf<StoryTheme>(enumValues('StoryTheme'), params.get('theme'));
  const kind = oneOf<StoryKind>(enumValues('StoryKind'), params.get('kind'));
  const language = oneOf(STORY_LANGUAGES, params.get('language'));
  const filtered = Boolean(search || countryCode || status || theme || kind || language);
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

  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(STORIES_ROUTE_QUERY, {
    variables: {
      first: PAGE_SIZE,
      search: search || null,
      status,
      countryCode: countryCode || null,
      theme,
      kind,
      language,
    },
    // Consent can be withdrawn at any moment: a list is always asked again, never served from memory.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page">
      <title>{`${t('storyList.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 id={headingId}>{t('storyList.title')}</h1>
        <p className="lead">{t('storyList.intro')}</p>
        {canCreateStories(viewer) && (
          <p className="actions">
            <Link className="button" to="/stories/new">
              {t('storyEditor.createLink')}
            </Link>
          </p>
        )}
      </header>

      <form
        role="search"
        aria-label={t('storyList.filters')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('search', searchInput.trim());
        }}
      >
        <div className="field field--grow">
          <label htmlFor={searchId}>{t('storyList.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            name="search"
            value={searchInput}
            placeholder={t('storyList.searchPlaceholder')}
            onChange={(event) => setSearchInput(event.target.value)}
          />
        </div>
        <SelectField
          label={t('storyList.statusLabel')}
          anyLabel={t('storyList.anyStatus')}
          value={status ?? ''}
          options={enumValues('StoryStatus').map((value) => ({ value, label: t(`enums.StoryStatus.${value}`) }))}
          onChange={(value) => setFilter('status', value)}
        />
        {shown && (
          <CountryFilter
            countries={shown.countries}
            value={countryCode}
            onChange={(code) => setFilter('country', code)}
          />
        )}
        <SelectField
          label={t('storyList.themeLabel')}
          anyLabel={t('storyList.anyTheme')}
          value={theme ?? ''}
          options={enumValues('StoryTheme').map((value) => ({ value, label: t(`enums.StoryTheme.${value}`) }))}
          onChange={(value) => setFilter('theme', value)}
        />
        <SelectField
          label={t('storyList.kindLabel')}
          anyLabel={t('storyList.anyKind')}
          value={kind ?? ''}
          options={enumValues('StoryKind').map((value) => ({ value, label: t(`enums.StoryKind.${value}`) }))}
          onChange={(value) => setFilter('kind', value)}
        />
        <SelectField
          label={t('storyList.languageLabel')}
          anyLabel={t('storyList.anyLanguage')}
          value={language ?? ''}
          options={STORY_LANGUAGES.map((value) => ({ value, label: format.language(value) }))}
          onChange={(value) => setFilter('language', value)}
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
            {t('storyList.count', { count: shown.stories.totalCount })}
          </p>
          {shown.stories.edges.length ? (
            <ol className="card-list">
              {shown.stories.edges.map(({ node }) => (
                <li key={node.id}>
                  <StoryCard story={node} />
                </li>
              ))}
            </ol>
          ) : (
            <div className="empty-state">
              <p>{t('storyList.empty')}</p>
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
          {shown.stories.edges.length > 0 && (
            <LoadMore
              shown={shown.stories.edges.length}
              total={shown.stories.totalCount}
              hasNextPage={shown.stories.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void fetchMore({ variables: { after: shown.stories.pageInfo.endCursor } })}
            />
          )}
        </section>
      )}
    </div>
  );
}
