import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeStories_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface InitiativeStoriesProps {
  initiative: FragmentType<InitiativeStories_InitiativeFragment>;
}

/** The initiative's published stories (the stories subgraph shows only what consent allows). */
export function InitiativeStories({ initiative }: InitiativeStoriesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: INITIATIVE_STORIES_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('stories.title')} <span className="count">{data.stories.length}</span>
      </h2>
      {data.stories.length ? (
        <ul className="stack">
          {data.stories.map((story) => (
            <li key={story.id}>
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
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('stories.empty')}</p>
      )}
    </section>
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
