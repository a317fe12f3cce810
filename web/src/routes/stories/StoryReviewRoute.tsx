import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryReviewRouteQuery, StoryReviewRouteQueryVariables } from '../../__generated__/graphql';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';
import { StoryCard } from '../../components/StoryCard';
import { reviewsStories } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

/** A queue longer than this is read through the list, filtered by status. */
const QUEUE_SIZE = 50;

const STORY_REVIEW_ROUTE_QUERY: TypedDocumentNode<StoryReviewRouteQuery, StoryReviewRouteQueryVariables> = gql`
  query StoryReviewRouteQuery($first: Int!) {
    inReview: stories(status: IN_REVIEW, first: $first) {
      totalCount
      nodes {
        id
        needsSecondReviewer
        ...StoryCard_story
      }
    }
    approved: stories(status: APPROVED, first: $first) {
      totalCount
      nodes {
        id
        needsSecondReviewer
        ...StoryCard_story
      }
    }
  }
  ${StoryCard.fragments.story}
`;

/** `/stories/review`: what waits for a decision, stories in review first, then approved ones to publish. */
export function StoryReviewRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const inReviewId = useId();
  const approvedId = useId();
  const { data, error, refetch } = useQuery(STORY_REVIEW_ROUTE_QUERY, {
    variables: { first: QUEUE_SIZE },
    fetchPolicy: 'cache-and-network',
    skip: !reviewsStories(viewer),
  });

  const header = (
    <header className="page-header">
      <title>{`${t('reviewQueue.title')} · ${t('app.name')}`}</title>
      <h1>{t('reviewQueue.title')}</h1>
      <p className="lead">{t('reviewQueue.intro')}</p>
    </header>
  );
  if (!reviewsStories(viewer)) {
    return (
      <div className="page">
        {header}
        <div className="empty-state" role="alert">
          <p>{t('reviewQueue.staffOnly')}</p>
        </div>
      </div>
    );
  }
  const sections = data && [
    {
      id: inReviewId,
      status: 'IN_REVIEW',
      title: t('reviewQueue.inReview'),
      empty: t('reviewQueue.emptyInReview'),
      list: data.inReview,
    },
    {
      id: approvedId,
      status: 'APPROVED',
      title: t('reviewQueue.approved'),
      empty: t('reviewQueue.emptyApproved'),
      list: data.approved,
    },
  ];
  return (
    <div className="page">
      {header}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !sections ? (
        <LoadingState />
      ) : (
        sections.map((section) => (
          <section key={section.status} aria-labelledby={section.id} className="results review-queue">
            <h2 id={section.id}>
              {section.title} <span className="count">{section.list.totalCount}</span>
            </h2>
            {section.list.nodes.length ? (
              <ol className="card-list">
                {section.list.nodes.map((story) => (
                  <li key={story.id} className="review-queue__item">
                    <StoryCard story={story} />
                    {story.needsSecondReviewer && (
                      <p className="badge badge--warning">{t('reviewQueue.secondReviewer')}</p>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="empty-state">{section.empty}</p>
            )}
            {section.list.totalCount > section.list.nodes.length && (
              <p>
                <Link to={`/stories?status=${section.status}`}>
                  {t('reviewQueue.seeAll', { count: section.list.totalCount })}
                </Link>
              </p>
            )}
          </section>
        ))
      )}
    </div>
  );
}
