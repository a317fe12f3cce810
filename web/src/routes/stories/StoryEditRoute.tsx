import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { StoryEditRouteQuery, StoryEditRouteQueryVariables } from '../../__generated__/graphql';
import { LoadingState } from '../../components/LoadingState';
import { QueryError } from '../../components/QueryError';
import { StoryEditForm } from '../../components/StoryEditForm';
import { StoryMediaManager } from '../../components/StoryMediaManager';
import { StoryTranslations } from '../../components/StoryTranslations';
import { isStoryStaff } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

const STORY_EDIT_ROUTE_QUERY: TypedDocumentNode<StoryEditRouteQuery, StoryEditRouteQueryVariables> = gql`
  query StoryEditRouteQuery($id: ID!) {
    story(id: $id) {
      id
      title
      ...StoryEditForm_story
      ...StoryTranslations_story
      ...StoryMediaManager_story
    }
  }
  ${StoryEditForm.fragments.story}
  ${StoryTranslations.fragments.story}
  ${StoryMediaManager.fragments.story}
`;

/** `/stories/:id/edit`: the story's fields, its translations and its media, for the staff who may change it. */
export function StoryEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  // Always from the server: the version to save against must be the latest one.
  const { data, error, refetch } = useQuery(STORY_EDIT_ROUTE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });

  const back = (
    <nav className="breadcrumb" aria-label={t('storyEditor.back')}>
      <Link to={`/stories/${id}`}>← {t('storyEditor.back')}</Link>
    </nav>
  );
  if (error) {
    return (
      <div className="page">
        {back}
        <QueryError error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        {back}
        <LoadingState />
      </div>
    );
  }
  const { story } = data;
  if (!story || !isStoryStaff(viewer)) {
    return (
      <div className="page">
        {back}
        <div className="empty-state" role="alert">
          <p>{story ? t('storyEditor.notAllowed') : t('story.notFound')}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <title>{`${t('storyEditor.editTitle', { title: story.title })} · ${t('app.name')}`}</title>
      {back}
      <header className="page-header">
        <h1>{t('storyEditor.editTitle', { title: story.title })}</h1>
      </header>
      <div className="initiative-page__columns">
        <div className="initiative-page__main">
          <StoryEditForm
            story={story}
            onSaved={() => void navigate(`/stories/${id}`)}
            onReload={() => void refetch()}
          />
        </div>
        <aside className="initiative-page__aside">
          <StoryTranslations story={story} onReload={() => void refetch()} />
          <StoryMediaManager story={story} onUploaded={() => void refetch()} onReload={() => void refetch()} />
        </aside>
      </div>
    </div>
  );
}
