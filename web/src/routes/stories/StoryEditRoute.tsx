import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { StoryEditRouteQuery, StoryEditRouteQueryVariables } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { StoryEditForm } from '../../components/StoryEditForm';
import { StoryMediaManager } from '../../components/StoryMediaManager';
import { StoryTranslations } from '../../components/StoryTranslations';
import { PageColumns } from '../../components/PageColumns';
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
  const result = useQuery(STORY_EDIT_ROUTE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const reload = () => void result.refetch();
  return (
    <DetailRoute
      back={{ to: `/stories/${id}`, label: t('storyEditor.back') }}
      result={result}
      node={(data) => data.story}
      notFound={t('story.notFound')}
      notFoundTitle={false}
      refusal={() => !isStoryStaff(viewer) && t('storyEditor.notAllowed')}
      title={(story) => t('storyEditor.editTitle', { title: story.title })}
    >
      {(story) => (
        <PageColumns
          aside={
            <>
              <StoryTranslations story={story} onReload={reload} />
              <StoryMediaManager story={story} onUploaded={reload} onReload={reload} />
            </>
          }
        >
          <StoryEditForm story={story} onSaved={() => void navigate(`/stories/${id}`)} onReload={reload} />
        </PageColumns>
      )}
    </DetailRoute>
  );
}
