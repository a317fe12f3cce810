import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryMediaGallery_StoryFragment } from '../__generated__/graphql';

interface StoryMediaGalleryProps {
  story: FragmentType<StoryMediaGallery_StoryFragment>;
}

type Media = StoryMediaGallery_StoryFragment['media'][number];

/**
 * The photos, videos and audio the server lets this person be served (items showing the storyteller
 * are left out when the consent does not allow images), each with its caption and text alternative.
 */
export function StoryMediaGallery({ story }: StoryMediaGalleryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: STORY_MEDIA_GALLERY_FRAGMENT, from: story });
  if (!complete || !data.media.length) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('media.title')}</h2>
      <ul className="media-gallery">
        {data.media.map((item) => (
          <li key={item.id}>
            <MediaFigure item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One media item as the browser plays or shows it; the caption is its visible description. */
export function MediaFigure({ item }: { item: Pick<Media, 'id' | 'kind' | 'url' | 'caption' | 'altText'> }) {
  const captionId = useId();
  return (
    <figure className="media-figure" aria-labelledby={captionId}>
      {item.kind === 'PHOTO' ? (
        <img src={item.url} alt={item.altText} loading="lazy" />
      ) : item.kind === 'VIDEO' ? (
        <video src={item.url} controls preload="metadata" aria-label={item.altText} />
      ) : (
        <audio src={item.url} controls preload="metadata" aria-label={item.altText} />
      )}
      <figcaption id={captionId}>{item.caption}</figcaption>
    </figure>
  );
}

const STORY_MEDIA_GALLERY_FRAGMENT: TypedDocumentNode<StoryMediaGallery_StoryFragment> = gql`
  fragment StoryMediaGallery_story on Story {
    id
    media {
      id
      kind
      url
      caption
      altText
    }
  }
`;

StoryMediaGallery.fragments = { story: STORY_MEDIA_GALLERY_FRAGMENT };
