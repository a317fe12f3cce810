import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryMediaManager_StoryFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { useRemoveStoryMediaMutation } from '../mutations/useRemoveStoryMediaMutation';
import { uploadStoryMedia, type UploadResult } from '../stories/upload-media';
import { StoryMediaEditForm } from './StoryMediaEditForm';
import { MediaFigure } from './StoryMediaGallery';
import { MutationError } from './MutationError';
import { TextField } from './TextField';

interface StoryMediaManagerProps {
  story: FragmentType<StoryMediaManager_StoryFragment>;
  /** Asks for the story again after an upload (the new item comes from the server). */
  onUploaded: () => void;
  /** Asks for the story again after a CONFLICT (someone else changed an item first). */
  onReload: () => void;
}

/**
 * The story's photos, videos and audio for its editors, withheld ones included (they are listed but
 * never served), with an upload form asking for a caption and a text alternative.
 */
export function StoryMediaManager({ story, onUploaded, onReload }: StoryMediaManagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({
    fragment: STORY_MEDIA_MANAGER_FRAGMENT,
    fragmentName: 'StoryMediaManager_story',
    from: story,
  });
  const [remove, removal] = useRemoveStoryMediaMutation();
  const [editing, setEditing] = useState<string | null>(null);
  if (!complete) return null;
  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('media.title')}</h2>
      {data.media.length ? (
        <ul className="media-gallery">
          {data.media.map((item) => (
            <li key={item.id}>
              {item.withheld ? <p className="muted">{item.caption}</p> : <MediaFigure item={item} />}
              <p className="muted">
                {t('media.kindSize', {
                  kind: t(`enums.StoryMediaKind.${item.kind}`),
                  size: `${format.number(Math.ceil(item.byteSize / 1024))} kB`,
                })}
                {item.withheld && <> · {t('media.withheld')}</>}
              </p>
              {editing === item.id ? (
                <StoryMediaEditForm media={item} onDone={() => setEditing(null)} onReload={onReload} />
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setEditing(item.id)}>
                  {t('media.edit')}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                disabled={removal.loading}
                onClick={() => {
                  remove({ variables: { input: { mediaId: item.id } } }).catch(() => {
                    // shown below from the hook's `error`
                  });
                }}
              >
                {t('media.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('media.none')}</p>
      )}
      {removal.error && <MutationError error={removal.error} />}
      <MediaUploadForm storyId={data.id} onUploaded={onUploaded} />
    </section>
  );
}

function MediaUploadForm({ storyId, onUploaded }: { storyId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [altText, setAltText] = useState('');
  const [showsStoryteller, setShowsStoryteller] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <form
      key={formKey}
      className="stack media-upload"
      aria-label={t('media.upload')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) {
          setResult({ ok: false, code: 'BAD_USER_INPUT', message: t('media.chooseFile') });
          return;
        }
        setSending(true);
        void uploadStoryMedia(storyId, { file, caption: caption.trim(), altText: altText.trim(), showsStoryteller })
          .then((answer) => {
            setResult(answer);
            if (answer.ok) {
              setFile(null);
              setCaption('');
              setAltText('');
              setShowsStoryteller(false);
              setFormKey((key) => key + 1);
              onUploaded();
            }
          })
          .finally(() => setSending(false));
      }}
    >
      <h3>{t('media.upload')}</h3>
      <div className="field">
        <label htmlFor={fileId}>{t('media.file')}</label>
        <input
          id={fileId}
          type="file"
          accept="image/*,video/*,audio/*"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextField label={t('media.caption')} value={caption} onChange={setCaption} required />
      <TextField label={t('media.altText')} value={altText} onChange={setAltText} multiline required />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showsStoryteller}
          onChange={(event) => setShowsStoryteller(event.target.checked)}
        />
        {t('media.showsStoryteller')}
      </label>
      {result && !result.ok && (
        <div className="form-error" role="alert" data-error-code={result.code}>
          <p>{t(`errors.${result.code}`)}</p>
          {result.message && (
            <p className="form-error__detail" lang="en">
              {result.message}
            </p>
          )}
        </div>
      )}
      <button type="submit" className="button" disabled={sending}>
        {sending ? t('media.uploading') : t('media.submit')}
      </button>
    </form>
  );
}

const STORY_MEDIA_MANAGER_FRAGMENT: TypedDocumentNode<StoryMediaManager_StoryFragment> = gql`
  fragment StoryMediaManager_story on Story {
    id
    media(includeWithheld: true) {
      id
      kind
      url
      caption
      altText
      byteSize
      withheld
      ...StoryMediaEditForm_media
    }
  }
  ${StoryMediaEditForm.fragments.media}
`;

StoryMediaManager.fragments = { story: STORY_MEDIA_MANAGER_FRAGMENT };
