import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StoryTombstonesRouteQuery, StoryTombstonesRouteQueryVariables } from '../../__generated__/graphql';
import { CountryFilter } from '../../components/CountryFilter';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { BackLink, QueryPage } from '../../components/QueryPage';
import { StoryErase, type Erasure } from '../../components/StoryErase';
import { StoryErasedNotice } from '../../components/StoryErasedNotice';
import { TextField } from '../../components/TextField';
import { PageColumns } from '../../components/PageColumns';
import { useFormat } from '../../i18n/format';
import { reviewsStories } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STORY_TOMBSTONES_ROUTE_QUERY: TypedDocumentNode<StoryTombstonesRouteQuery, StoryTombstonesRouteQueryVariables> =
  gql`
    query StoryTombstonesRouteQuery($countryCode: ID, $first: Int!, $after: String) {
      storyTombstones(countryCode: $countryCode, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            storyId
            countryCode
            recordedAt
            publishedAt
            consentWithdrawnAt
            erasedAt
            erasedBy
            reason
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
    ${CountryFilter.fragments.countries}
  `;

/**
 * `/stories/erased?country=PT`: the tombstones of erased stories, newest first (admins every country,
 * a coordinator theirs), and the way to erase a withdrawn story, which no other page shows any more.
 */
export function StoryTombstonesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const listId = useId();
  const allowed = reviewsStories(viewer);
  const isAdmin = viewer?.role === 'ADMIN';
  const countryCode = isAdmin ? (params.get('country') ?? '') : '';
  const result = useQuery(STORY_TOMBSTONES_ROUTE_QUERY, {
    variables: { countryCode: countryCode || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;

  const header = (
    <header className="page-header">
      <PageTitle title={t('erasedList.title')} />
      <BackLink to="/stories/publications" label={t('nav.publications')} />
      <h1>{t('erasedList.title')}</h1>
      <p className="lead">{t('erasedList.intro')}</p>
    </header>
  );
  return (
    <QueryPage top={header} refusal={!allowed && t('erasedList.staffOnly')} result={result} keepPrevious>
      {(shown) => {
        const tombstones = shown.storyTombstones;
        return (
          <div className="page">
            {header}
            <PageColumns
              aside={
                <>
                  <EraseById />
                </>
              }
            >
              <section className="panel" aria-labelledby={listId}>
                <h2 id={listId}>
                  {t('erasedList.list')} <span className="count">{tombstones.totalCount}</span>
                </h2>
                {isAdmin && (
                  <CountryFilter
                    countries={shown.countries}
                    value={countryCode}
                    onChange={(code) => setParams(code ? { country: code } : {}, { replace: true })}
                  />
                )}
                {tombstones.edges.length ? (
                  <>
                    <div className="table-scroll">
                      <table className="data-table" data-testid="tombstones">
                        <caption className="visually-hidden">{t('erasedList.list')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('erasedList.storyId')}</th>
                            <th scope="col">{t('publications.country')}</th>
                            <th scope="col">{t('erasedList.dates')}</th>
                            <th scope="col">{t('erasedList.erasedBy')}</th>
                            <th scope="col">{t('erasedList.reason')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {tombstones.edges.map(({ node }) => (
                            <tr key={node.storyId} data-story-id={node.storyId}>
                              <td>
                                <code>{node.storyId}</code>
                              </td>
                              <td>{format.country({ code: node.countryCode, name: node.countryCode })}</td>
                              <td>
                                <ul className="plain-list">
                                  <li>{t('erasedList.recordedAt', { date: format.date(node.recordedAt) })}</li>
                                  {node.publishedAt && (
                                    <li>{t('erasedList.publishedAt', { date: format.date(node.publishedAt) })}</li>
                                  )}
                                  {node.consentWithdrawnAt && (
                                    <li>
                                      {t('erasedList.withdrawnAt', { date: format.date(node.consentWithdrawnAt) })}
                                    </li>
                                  )}
                                  <li>{t('erasedList.erasedAt', { date: format.date(node.erasedAt) })}</li>
                                </ul>
                              </td>
                              <td>{node.erasedBy}</td>
                              <td>{node.reason}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    <LoadMore
                      shown={tombstones.edges.length}
                      total={tombstones.totalCount}
                      hasNextPage={tombstones.pageInfo.hasNextPage}
                      loading={loadingMore}
                      onLoadMore={() => void result.fetchMore({ variables: { after: tombstones.pageInfo.endCursor } })}
                    />
                  </>
                ) : (
                  <p>{t('erasedList.empty')}</p>
                )}
              </section>
            </PageColumns>
          </div>
        );
      }}
    </QueryPage>
  );
}

/**
 * A withdrawn story shows nowhere, not even to staff; when its storyteller asks for their data to be
 * deleted, staff erase it by its id (from the takedown list, the withdrawal notice or the audit log).
 */
function EraseById() {
  const { t } = useTranslation();
  const headingId = useId();
  const [storyId, setStoryId] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [erasure, setErasure] = useState<Erasure | null>(null);
  const valid = UUID.test(storyId.trim());
  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('erasedList.byIdTitle')}</h2>
      <p className="muted">{t('erasedList.byIdIntro')}</p>
      {erasure && <StoryErasedNotice erasure={erasure} />}
      {chosen ? (
        <StoryErase
          key={chosen}
          storyId={chosen}
          startOpen
          onCancel={() => setChosen(null)}
          onErased={(result) => {
            setErasure(result);
            setChosen(null);
            setStoryId('');
          }}
        />
      ) : (
        <form
          className="stack"
          aria-label={t('erasedList.byIdTitle')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid) return;
            setErasure(null);
            setChosen(storyId.trim().toLowerCase());
          }}
        >
          <TextField
            label={t('erasedList.byIdLabel')}
            value={storyId}
            onChange={setStoryId}
            problem={storyId.trim() && !valid ? t('erasedList.byIdInvalid') : undefined}
          />
          <button type="submit" className="button button--danger" disabled={!valid}>
            {t('erase.open')}
          </button>
        </form>
      )}
    </section>
  );
}
