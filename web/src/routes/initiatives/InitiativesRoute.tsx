import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
import { LIST_PAGE_SIZE, ListPage, oneOf, useListFilters } from '../../components/ListPage';
import { SelectField } from '../../components/SelectField';
import { enumValues, useEnumOptions } from '../../i18n/enum-values';
import { useViewer } from '../../viewer/viewer-context';
import { canCreateInitiatives } from './InitiativeCreateRoute';

/** Sorts a person can choose; RELEVANCE only with a search, DISTANCE needs a point (not asked for here). */
const SORTS: InitiativeSort[] = ['RELEVANCE', 'TITLE', 'NEWEST'];

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
  const enumOptions = useEnumOptions();
  const { viewer } = useViewer();
  const filters = useListFilters();
  const { search, setFilter } = filters;
  const countryCode = filters.text('country');
  const targetGroup = oneOf<TargetGroup>(enumValues('TargetGroup'), filters.param('targetGroup'));
  const activity = oneOf<Activity>(enumValues('Activity'), filters.param('activity'));
  const status = oneOf<InitiativeStatus>(enumValues('InitiativeStatus'), filters.param('status'));
  const chosenSort = oneOf(SORTS, filters.param('sort'));
  // RELEVANCE needs words to be relevant to; without a search the list falls back to the server's default.
  const sort = chosenSort === 'RELEVANCE' && !search ? null : chosenSort;

  const result = useQuery(INITIATIVES_ROUTE_QUERY, {
    variables: {
      first: LIST_PAGE_SIZE,
      search: search || null,
      countryCode: countryCode || null,
      targetGroup,
      activity,
      status,
      sort,
    },
  });

  return (
    <ListPage
      title={t('initiatives.title')}
      intro={t('initiatives.intro')}
      actions={
        canCreateInitiatives(viewer) && (
          <p>
            <Link className="button" to="/initiatives/new">
              {t('create.link')}
            </Link>
          </p>
        )
      }
      filters={filters}
      filtersLabel={t('initiatives.filters')}
      searchLabel={t('initiatives.searchLabel')}
      searchPlaceholder={t('initiatives.searchPlaceholder')}
      filterFields={(shown) => (
        <>
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
            options={enumOptions('TargetGroup')}
            onChange={(value) => setFilter('targetGroup', value)}
          />
          <SelectField
            label={t('initiatives.activityLabel')}
            anyLabel={t('initiatives.anyActivity')}
            value={activity ?? ''}
            options={enumOptions('Activity')}
            onChange={(value) => setFilter('activity', value)}
          />
          <SelectField
            label={t('initiatives.statusLabel')}
            anyLabel={t('initiatives.anyStatus')}
            value={status ?? ''}
            options={enumOptions('InitiativeStatus')}
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
        </>
      )}
      result={result}
      connection={(data) => data.initiatives}
      fetchMore={(after) => result.fetchMore({ variables: { after } })}
      countLabel={(count) => t('initiatives.count', { count })}
      emptyLabel={t('initiatives.empty')}
      filtered={Boolean(search || countryCode || targetGroup || activity || status)}
      beforeList={(nodes) => <InitiativeMap initiatives={nodes} />}
      renderItem={(node) => <InitiativeCard initiative={node} />}
    />
  );
}
