import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicationsRouteQuery, PublicationsRouteQueryVariables } from '../../__generated__/graphql';
import { CampaignList } from '../../components/CampaignList';
import { CountryFilter } from '../../components/CountryFilter';
import { CreateCampaignForm } from '../../components/CreateCampaignForm';
import { LoadMore } from '../../components/LoadMore';
import { PublicationReachForm } from '../../components/PublicationReachForm';
import { PublicationTable } from '../../components/PublicationTable';
import { PageTitle } from '../../components/PageTitle';
import { QueryPage } from '../../components/QueryPage';
import { RecordPublicationForm } from '../../components/RecordPublicationForm';
import { StoryErase, type Erasure } from '../../components/StoryErase';
import { StoryErasedNotice } from '../../components/StoryErasedNotice';
import { TakeDownAction } from '../../components/TakeDownAction';
import { PageColumns } from '../../components/PageColumns';
import { useFormat } from '../../i18n/format';
import { mayEraseStory, reviewsStories } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

const PAGE_SIZE = 20;

const PUBLICATIONS_ROUTE_QUERY: TypedDocumentNode<PublicationsRouteQuery, PublicationsRouteQueryVariables> = gql`
  query PublicationsRouteQuery($first: Int!, $after: String) {
    publications(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...PublicationTable_publications
          ...PublicationReachForm_publication
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    publicationReach {
      countryCode
      channel
      publications
      views
      shares
    }
    campaigns(first: 100) {
      totalCount
      nodes {
        id
        ...CampaignList_campaigns
        ...RecordPublicationForm_campaigns
      }
    }
    publicationsToTakeDown(first: 100) {
      totalCount
      nodes {
        id
        storyId
        countryCode
        ...PublicationTable_publications
      }
    }
    # Stories already erased (the newest): their takedown rows offer no second erasure.
    storyTombstones(first: 100) {
      nodes {
        storyId
      }
    }
    countries {
      code
      ...CountryFilter_countries
    }
    published: stories(status: PUBLISHED, first: 100) {
      nodes {
        id
        ...RecordPublicationForm_stories
      }
    }
  }
  ${PublicationTable.fragments.publications}
  ${PublicationReachForm.fragments.publication}
  ${CampaignList.fragments.campaigns}
  ${RecordPublicationForm.fragments.campaigns}
  ${RecordPublicationForm.fragments.stories}
  ${CountryFilter.fragments.countries}
`;

/**
 * `/stories/publications`: record where a story appeared (only on channels its consent covers), the
 * reach per country and channel, campaigns, and the publications to take down after a withdrawal.
 */
export function PublicationsRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const allowed = reviewsStories(viewer);
  const result = useQuery(PUBLICATIONS_ROUTE_QUERY, {
    variables: { first: PAGE_SIZE },
    // A withdrawal elsewhere changes the list to take down: always ask the server.
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  const { fetchMore, refetch } = result;
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;

  const header = (
    <header className="page-header">
      <PageTitle title={t('publications.title')} />
      <h1>{t('publications.title')}</h1>
      <p className="lead">{t('publications.intro')}</p>
      {allowed && (
        <p>
          <Link to="/stories/erased">{t('erasedList.title')}</Link>
        </p>
      )}
    </header>
  );
  return (
    <QueryPage top={header} refusal={!allowed && t('publications.staffOnly')} result={result} keepPrevious>
      {(shown) => (
        <PublicationsPage
          shown={shown}
          header={header}
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          onReload={() => void refetch()}
        />
      )}
    </QueryPage>
  );
}

interface PublicationsPageProps {
  shown: PublicationsRouteQuery;
  header: ReactNode;
  loadingMore: boolean;
  onLoadMore: (after: string | null | undefined) => void;
  onReload: () => void;
}

/** The page once the answer is there: erasure notice, takedown list, publications, reach, campaigns. */
function PublicationsPage({ shown, header, loadingMore, onLoadMore, onReload }: PublicationsPageProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const listId = useId();
  const reachId = useId();
  const campaignsId = useId();
  // The story being erased from the takedown list, and the last erasure's result.
  const [erasing, setErasing] = useState<string | null>(null);
  const [erasure, setErasure] = useState<Erasure | null>(null);
  const erased = new Set(shown.storyTombstones.nodes.map((tombstone) => tombstone.storyId));
  const takeDownRows = new Map(shown.publicationsToTakeDown.nodes.map((node) => [node.id, node]));
  const publicationRows = new Map(shown.publications.edges.map(({ node }) => [node.id, node]));
  return (
    <div className="page publications-page">
      {header}
      {erasure && (
        <section className="panel" aria-labelledby="erased-heading">
          <h2 id="erased-heading">{t('erase.doneTitle')}</h2>
          <StoryErasedNotice erasure={erasure} />
        </section>
      )}
      <section id="takedown" className="panel panel--warning" aria-labelledby="takedown-heading">
        <h2 id="takedown-heading">
          {t('publications.takedownTitle')} <span className="count">{shown.publicationsToTakeDown.totalCount}</span>
        </h2>
        <p className="muted">{t('publications.takedownIntro')}</p>
        {shown.publicationsToTakeDown.nodes.length ? (
          <PublicationTable
            publications={shown.publicationsToTakeDown.nodes}
            caption={t('publications.takedownTitle')}
            captionHidden
            showStory
            action={(publicationId) => {
              const row = takeDownRows.get(publicationId);
              const erasable = row && !erased.has(row.storyId) && mayEraseStory(viewer, row.countryCode);
              return (
                <>
                  <TakeDownAction publicationId={publicationId} />
                  {erasable && erasing !== row.storyId && (
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => {
                        setErasure(null);
                        setErasing(row.storyId);
                      }}
                    >
                      {t('erase.fromList')}
                    </button>
                  )}
                </>
              );
            }}
          />
        ) : (
          <p>{t('publications.takedownNone')}</p>
        )}
        {erasing && (
          <StoryErase
            key={erasing}
            storyId={erasing}
            startOpen
            onCancel={() => setErasing(null)}
            onErased={(result) => {
              setErasing(null);
              setErasure(result);
            }}
          />
        )}
      </section>

      <PageColumns
        aside={
          <>
            <RecordPublicationForm stories={shown.published.nodes} campaigns={shown.campaigns.nodes} />
            <section className="panel" aria-labelledby={campaignsId}>
              <h2 id={campaignsId}>{t('publications.campaignsTitle')}</h2>
              {shown.campaigns.nodes.length ? (
                <CampaignList campaigns={shown.campaigns.nodes} onReload={onReload} />
              ) : (
                <p>{t('publications.campaignsNone')}</p>
              )}
              <CreateCampaignForm countries={shown.countries} />
            </section>
          </>
        }
      >
        <section className="panel" aria-labelledby={listId}>
          <h2 id={listId}>
            {t('publications.list')} <span className="count">{shown.publications.totalCount}</span>
          </h2>
          {shown.publications.edges.length ? (
            <>
              <PublicationTable
                publications={shown.publications.edges.map(({ node }) => node)}
                caption={t('publications.list')}
                captionHidden
                showStory
                action={(publicationId) => {
                  const row = publicationRows.get(publicationId);
                  return row && <PublicationReachForm publication={row} onReload={onReload} />;
                }}
              />
              <LoadMore
                shown={shown.publications.edges.length}
                total={shown.publications.totalCount}
                hasNextPage={shown.publications.pageInfo.hasNextPage}
                loading={loadingMore}
                onLoadMore={() => onLoadMore(shown.publications.pageInfo.endCursor)}
              />
            </>
          ) : (
            <p>{t('publications.none')}</p>
          )}
        </section>
        <section className="panel" aria-labelledby={reachId}>
          <h2 id={reachId}>{t('publications.reachTitle')}</h2>
          <ReachTable totals={shown.publicationReach} caption={t('publications.reachTitle')} />
        </section>
      </PageColumns>
    </div>
  );
}

/** Reach totals by country and channel, with a total row. */
function ReachTable({ totals, caption }: { totals: PublicationsRouteQuery['publicationReach']; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!totals.length) return <p>{t('publications.reachNone')}</p>;
  const sum = (key: 'publications' | 'views' | 'shares') => totals.reduce((total, row) => total + row[key], 0);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="reach-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publications.country')}</th>
            <th scope="col">{t('publications.channel')}</th>
            <th scope="col" className="number">
              {t('publications.count')}
            </th>
            <th scope="col" className="number">
              {t('publications.views')}
            </th>
            <th scope="col" className="number">
              {t('publications.shares')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={`${row.countryCode}-${row.channel}`}>
              <td>{format.country({ code: row.countryCode, name: row.countryCode })}</td>
              <td>{t(`enums.ConsentChannel.${row.channel}`)}</td>
              <td className="number">{format.number(row.publications)}</td>
              <td className="number">{format.number(row.views)}</td>
              <td className="number">{format.number(row.shares)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('publications.total')}
            </th>
            <td className="number">{format.number(sum('publications'))}</td>
            <td className="number">{format.number(sum('views'))}</td>
            <td className="number">{format.number(sum('shares'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
