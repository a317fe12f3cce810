import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryCard_StoryFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface StoryCardProps {
  story: FragmentType<StoryCard_StoryFragment>;
}

/** One story in a list: where it stands in review, what it is about, and a link to its page. */
export function StoryCard({ story }: StoryCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: STORY_CARD_FRAGMENT, from: story });
  if (!complete) return null;
  return (
    <article className="initiative-card story-card">
      <p className="eyebrow">
        {t(`enums.StoryKind.${data.kind}`)} ·{' '}
        <span className={`badge badge--${data.status.toLowerCase()}`}>{t(`enums.StoryStatus.${data.status}`)}</span>
      </p>
      <h3 className="initiative-card__title">
        <Link to={`/stories/${data.id}`}>{data.title}</Link>
      </h3>
      <p className="initiative-card__place">
        {[format.country(data.country), format.language(data.language)].join(' · ')}
      </p>
      <p className="initiative-card__summary">{data.summary}</p>
      <p className="muted">
        {t('stories.storyteller', {
          name: data.storytellerName,
          role: t(`enums.StorytellerRole.${data.storytellerRole}`),
        })}
      </p>
      {data.themes.length > 0 && (
        <ul className="tags" aria-label={t('story.themes')}>
          {data.themes.map((theme) => (
            <li key={theme} className="tag">
              {t(`enums.StoryTheme.${theme}`)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

const STORY_CARD_FRAGMENT: TypedDocumentNode<StoryCard_StoryFragment> = gql`
  fragment StoryCard_story on Story {
    id
    title
    summary
    kind
    status
    language
    storytellerName
    storytellerRole
    themes
    country {
      code
      name
    }
  }
`;

StoryCard.fragments = { story: STORY_CARD_FRAGMENT };
