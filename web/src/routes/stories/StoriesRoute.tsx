import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  StoriesRouteQuery,
  StoriesRouteQueryVariables,
  StoryKind,
  StoryStatus,
  StoryTheme,
} from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { LIST_PAGE_SIZE, ListPage, oneOf, useListFilters } from '../../components/ListPage';
import { SelectField } from '../../components/SelectField';
import { StoryCard } from '../../components/StoryCard';
import { enumValues, useEnumOptions } from '../../i18n/enum-values';
import { useFormat } from '../../i18n/format';
import { STORY_LANGUAGES } from '../../stories/languages';
import { useViewer } from '../../viewer/viewer-context';
import { canCreateStories } from '../../stories/story-staff';

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
  const enumOptions = useEnumOptions();
  const format = useFormat();
  const { viewer } = useViewer();
  const filters = useListFilters();
  const { search, setFilter } = filters;
  const countryCode = filters.text('country');
  const status = oneOf<StoryStatus>(enumValues('StoryStatus'), filters.param('status'));
  const theme = oneOf<StoryTheme>(enumValues('StoryTheme'), filters.param('theme'));
  const kind = oneOf<StoryKind>(enumValues('StoryKind'), filters.param('kind'));
  const language = oneOf(STORY_LANGUAGES, filters.param('language'));

  const result = useQuery(STORIES_ROUTE_QUERY, {
    variables: {
      first: LIST_PAGE_SIZE,
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

  return (
    <ListPage
      title={t('storyList.title')}
      intro={t('storyList.intro')}
      actions={
        canCreateStories(viewer) && (
          <p className="actions">
            <Link className="button" to="/stories/new">
              {t('storyEditor.createLink')}
            </Link>
          </p>
        )
      }
      filters={filters}
      filtersLabel={t('storyList.filters')}
      searchLabel={t('storyList.searchLabel')}
      searchPlaceholder={t('storyList.searchPlaceholder')}
      filterFields={(shown) => (
        <>
          <SelectField
            label={t('storyList.statusLabel')}
            anyLabel={t('storyList.anyStatus')}
            value={status ?? ''}
            options={enumOptions('StoryStatus')}
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
            options={enumOptions('StoryTheme')}
            onChange={(value) => setFilter('theme', value)}
          />
          <SelectField
            label={t('storyList.kindLabel')}
            anyLabel={t('storyList.anyKind')}
            value={kind ?? ''}
            options={enumOptions('StoryKind')}
            onChange={(value) => setFilter('kind', value)}
          />
          <SelectField
            label={t('storyList.languageLabel')}
            anyLabel={t('storyList.anyLanguage')}
            value={language ?? ''}
            options={STORY_LANGUAGES.map((value) => ({ value, label: format.language(value) }))}
            onChange={(value) => setFilter('language', value)}
          />
        </>
      )}
      result={result}
      connection={(data) => data.stories}
      fetchMore={(after) => result.fetchMore({ variables: { after } })}
      countLabel={(count) => t('storyList.count', { count })}
      emptyLabel={t('storyList.empty')}
      filtered={Boolean(search || countryCode || status || theme || kind || language)}
      renderItem={(node) => <StoryCard story={node} />}
    />
  );
}
