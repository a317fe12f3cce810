import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type {
  MembershipStage,
  OrganizationsRouteQuery,
  OrganizationsRouteQueryVariables,
} from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { LIST_PAGE_SIZE, ListPage, oneOf, useListFilters } from '../../components/ListPage';
import { OrganizationCard } from '../../components/OrganizationCard';
import { SelectField } from '../../components/SelectField';
import { enumValues } from '../../i18n/enum-values';

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

/** `/organizations?search=…&country=MT&stage=MEMBER`: the filters live in the address. */
export function OrganizationsRoute() {
  const { t } = useTranslation();
  const filters = useListFilters();
  const { search, setFilter } = filters;
  const countryCode = filters.text('country');
  const stages = enumValues('MembershipStage');
  const membershipStage = oneOf<MembershipStage>(stages, filters.param('stage'));

  const result = useQuery(ORGANIZATIONS_ROUTE_QUERY, {
    variables: { first: LIST_PAGE_SIZE, search: search || null, countryCode: countryCode || null, membershipStage },
  });

  return (
    <ListPage
      title={t('organizations.title')}
      intro={t('organizations.intro')}
      filters={filters}
      filtersLabel={t('organizations.filters')}
      searchLabel={t('organizations.searchLabel')}
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
            label={t('organizations.stageLabel')}
            anyLabel={t('organizations.anyStage')}
            value={membershipStage ?? ''}
            options={stages.map((value) => ({ value, label: t(`enums.MembershipStage.${value}`) }))}
            onChange={(value) => setFilter('stage', value)}
          />
        </>
      )}
      result={result}
      connection={(data) => data.organizations}
      fetchMore={(after) => result.fetchMore({ variables: { after } })}
      countLabel={(count) => t('organizations.count', { count })}
      emptyLabel={t('organizations.empty')}
      renderItem={(node) => <OrganizationCard organization={node} />}
    />
  );
}
