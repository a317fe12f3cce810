import { NetworkStatus, gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestPracticesRouteQuery, BestPracticesRouteQueryVariables } from '../../__generated__/graphql';
import { BestPracticeCandidates } from '../../components/BestPracticeCandidates';
import { BestPracticeCard } from '../../components/BestPracticeCard';
import { CountryFilter } from '../../components/CountryFilter';
import { LIST_PAGE_SIZE, useListFilters } from '../../components/ListPage';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryStates } from '../../components/QueryPage';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../viewer/viewer-context';
import { approvesBestPractices, isTheme } from './BestPracticeRules';

/** How many decided or announced editions, and approved best practices, the approval list looks at. */
const APPROVAL_WINDOW = 100;

// For admins the same request brings the winners of decided and announced editions and the
// nominations already approved, from which the approval list is made.
const BEST_PRACTICES_ROUTE_QUERY: TypedDocumentNode<BestPracticesRouteQuery, BestPracticesRouteQueryVariables> = gql`
  query BestPracticesRouteQuery(
    $first: Int!
    $after: String
    $countryCode: String
    $theme: String
    $approves: Boolean!
    $window: Int!
  ) {
    bestPractices(first: $first, after: $after, countryCode: $countryCode, theme: $theme) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...BestPracticeCard_bestPractice
        }
      }
    }
    countries {
      code
      ...CountryFilter_countries
    }
    decided: awardEditions(phase: DECIDED, first: $window) @include(if: $approves) {
      nodes {
        id
        ...BestPracticeCandidates_edition
      }
    }
    announced: awardEditions(phase: ANNOUNCED, first: $window) @include(if: $approves) {
      nodes {
        id
        ...BestPracticeCandidates_edition
      }
    }
    approved: bestPractices(first: $window) @include(if: $approves) {
      nodes {
        id
        nomination {
          id
        }
      }
    }
  }
  ${BestPracticeCard.fragments.bestPractice}
  ${CountryFilter.fragments.countries}
  ${BestPracticeCandidates.fragments.editions}
`;

/** `/awards/best-practices?country=IT&theme=sport`: the approved best practices; for admins, the winners to approve. */
export function BestPracticesRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  const filters = useListFilters();
  const countryCode = filters.text('country');
  const themeText = filters.text('theme');
  const theme = isTheme(themeText) ? themeText : null;
  const approves = approvesBestPractices(viewer);
  const result = useQuery(BEST_PRACTICES_ROUTE_QUERY, {
    variables: {
      first: LIST_PAGE_SIZE,
      countryCode: countryCode || null,
      theme,
      approves,
      window: APPROVAL_WINDOW,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = result.data ?? result.previousData;

  return (
    <div className="page">
      <PageTitle title={t('awards.bestPractices.title')} />
      <header className="page-header">
        <h1 id={headingId}>{t('awards.bestPractices.title')}</h1>
        <p className="lead">{t('awards.bestPractices.intro')}</p>
        <p>
          <Link to="/awards/manuals">{t('awards.bestPractices.manualsLink')}</Link>
        </p>
      </header>
      {approves && shown?.decided && shown.announced && shown.approved && (
        <BestPracticeCandidates
          editions={[...shown.decided.nodes, ...shown.announced.nodes]}
          approvedNominationIds={shown.approved.nodes.map((b) => b.nomination.id)}
        />
      )}
      <form
        role="search"
        aria-label={t('awards.bestPractices.filters')}
        className="filters"
        onSubmit={(e) => e.preventDefault()}
      >
        {shown && (
          <CountryFilter
            countries={shown.countries}
            value={countryCode}
            onChange={(code) => filters.setFilter('country', code)}
          />
        )}
        <TextField
          label={t('awards.bestPractices.themeFilter')}
          hint={t('awards.bestPractices.themeFilterHint')}
          value={themeText}
          onChange={(value) => filters.setFilter('theme', value.trim().toLowerCase())}
          problem={themeText && !theme ? t('awards.bestPractices.themeInvalid') : undefined}
        />
      </form>
      <QueryStates result={result} keepPrevious>
        {(data) => {
          const list = data.bestPractices;
          const nodes = list.edges.map(({ node }) => node);
          return (
            <section aria-labelledby={headingId} aria-busy={result.loading} className="results">
              <p className="results__count" role="status">
                {t('awards.bestPractices.count', { total: list.totalCount })}
              </p>
              {nodes.length ? (
                <ol className="card-list">
                  {nodes.map((node) => (
                    <li key={node.id}>
                      <BestPracticeCard bestPractice={node} />
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="empty-state">{t('awards.bestPractices.empty')}</p>
              )}
              {nodes.length > 0 && (
                <LoadMore
                  shown={nodes.length}
                  total={list.totalCount}
                  hasNextPage={list.pageInfo.hasNextPage}
                  loading={result.networkStatus === NetworkStatus.fetchMore}
                  onLoadMore={() =>
                    void result.fetchMore({
                      variables: { after: list.pageInfo.endCursor },
                      // No field policy merges this list's pages: the next page is appended here.
                      updateQuery: (previous, { fetchMoreResult }) => ({
                        ...previous,
                        bestPractices: {
                          ...fetchMoreResult.bestPractices,
                          edges: [...previous.bestPractices.edges, ...fetchMoreResult.bestPractices.edges],
                        },
                      }),
                    })
                  }
                />
              )}
            </section>
          );
        }}
      </QueryStates>
    </div>
  );
}
