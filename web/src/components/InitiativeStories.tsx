import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeStories_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { ListSection } from './ListSection';

interface InitiativeStoriesProps {
  initiative: FragmentType<InitiativeStories_InitiativeFragment>;
}

/** The initiative's published stories (the stories subgraph shows only what consent allows). */
export function InitiativeStories({ initiative }: InitiativeStoriesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: INITIATIVE_STORIES_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <ListSection
      title={t('stories.title')}
      items={data.stories}
      empty={t('stories.empty')}
      renderItem={(story) => (
        <article className="story">
          <p className="eyebrow">{t(`enums.StoryKind.${story.kind}`)}</p>
          <h3>
            <Link to={`/stories/${story.id}`}>{story.title}</Link>
          </h3>
          <p>{story.summary}</p>
          <p className="muted">
            {t('stories.storyteller', {
              name: story.storytellerName,
              role: t(`enums.StorytellerRole.${story.storytellerRole}`),
            })}
            {story.publishedAt && <> · {t('stories.publishedOn', { date: format.date(story.publishedAt) })}</>}
          </p>
        </article>
      )}
    />
  );
}

const INITIATIVE_STORIES_FRAGMENT: TypedDocumentNode<InitiativeStories_InitiativeFragment> = gql`
  fragment InitiativeStories_initiative on Initiative {
    id
    stories {
      id
      title
      summary
      kind
      storytellerName
      storytellerRole
      publishedAt
    }
  }
`;

InitiativeStories.fragments = { initiative: INITIATIVE_STORIES_FRAGMENT };
