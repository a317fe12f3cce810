import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryMediaEditForm_MediaFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdateStoryMediaMutation } from '../mutations/useUpdateStoryMediaMutation';
import { TextField } from './TextField';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface StoryMediaEditFormProps {
  media: FragmentType<StoryMediaEditForm_MediaFragment>;
  onDone: () => void;
  /** Asks for the story's media again (after a CONFLICT: someone else changed the item first). */
  onReload: () => void;
}

/** A media item's caption, text alternative and whether it shows the storyteller, on the version that was read. */
export function StoryMediaEditForm({ media, onDone, onReload }: StoryMediaEditFormProps) {
  return (
    <VersionedFragment fragment={STORY_MEDIA_EDIT_FORM_FRAGMENT} from={media}>
      {(data) => <EditForm data={data} onDone={onDone} onReload={onReload} />}
    </VersionedFragment>
  );
}

type EditFormProps = Omit<StoryMediaEditFormProps, 'media'> & { data: StoryMediaEditForm_MediaFragment };

function EditForm({ data, onDone, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [caption, setCaption] = useState(data.caption);
  const [altText, setAltText] = useState(data.altText);
  const [showsStoryteller, setShowsStoryteller] = useState(data.showsStoryteller);
  const [update, updating] = useUpdateStoryMediaMutation();
  const problems = fieldProblemsOf(updating.error);

  return (
    <VersionedEditForm
      className="stack media-edit"
      label={t('media.editTitle')}
      onSubmit={() =>
        update({
          variables: {
            input: {
              mediaId: data.id,
              expectedVersion: data.version,
              caption: caption.trim(),
              altText: altText.trim(),
              showsStoryteller,
            },
          },
        })
      }
      onDone={onDone}
      mutation={updating}
      onReload={onReload}
      submitLabel={t('media.save')}
      onCancel={onDone}
    >
      <TextField label={t('media.caption')} value={caption} onChange={setCaption} problem={problems.caption} />
      <TextField
        label={t('media.altText')}
        value={altText}
        onChange={setAltText}
        problem={problems.altText}
        multiline
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showsStoryteller}
          onChange={(event) => setShowsStoryteller(event.target.checked)}
        />
        {t('media.showsStoryteller')}
      </label>
    </VersionedEditForm>
  );
}

const STORY_MEDIA_EDIT_FORM_FRAGMENT: TypedDocumentNode<StoryMediaEditForm_MediaFragment> = gql`
  fragment StoryMediaEditForm_media on StoryMedia {
    id
    version
    caption
    altText
    showsStoryteller
  }
`;

StoryMediaEditForm.fragments = { media: STORY_MEDIA_EDIT_FORM_FRAGMENT };
