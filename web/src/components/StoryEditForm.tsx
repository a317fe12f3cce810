import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryEditForm_StoryFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdateStoryMutation } from '../mutations/useUpdateStoryMutation';
import { InitiativePicker } from './InitiativePicker';
import { EMPTY_STORY, StoryFields, storyFieldsInput, type StoryFieldValues } from './StoryFields';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface StoryEditFormProps {
  story: FragmentType<StoryEditForm_StoryFragment>;
  onSaved: () => void;
  /** Asks for the story again (after a CONFLICT: someone else saved first). */
  onReload: () => void;
}

/** The story's fields, saved against the version that was loaded. */
export function StoryEditForm({ story, onSaved, onReload }: StoryEditFormProps) {
  return (
    <VersionedFragment fragment={STORY_EDIT_FORM_FRAGMENT} from={story}>
      {(data) => <EditForm data={data} onSaved={onSaved} onReload={onReload} />}
    </VersionedFragment>
  );
}

type EditFormProps = Omit<StoryEditFormProps, 'story'> & { data: StoryEditForm_StoryFragment };

function EditForm({ data, onSaved, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<StoryFieldValues>(() => ({
    ...EMPTY_STORY,
    title: data.title,
    summary: data.summary,
    text: data.text,
    language: data.language,
    kind: data.kind,
    storytellerRole: data.storytellerRole,
    isMinor: data.isMinor,
    themes: data.themes,
    riskFlags: data.riskFlags,
    initiative: data.initiative ? { id: data.initiative.id, title: data.initiative.title } : null,
  }));
  const [update, updating] = useUpdateStoryMutation();
  const problems = fieldProblemsOf(updating.error);

  return (
    <VersionedEditForm
      className="edit-form panel story-form"
      label={t('storyEditor.editTitle', { title: data.title })}
      onSubmit={() =>
        update({
          variables: { input: { storyId: data.id, expectedVersion: data.version, ...storyFieldsInput(values) } },
        })
      }
      onDone={onSaved}
      mutation={updating}
      onReload={onReload}
      submitLabel={t('storyEditor.save')}
    >
      <StoryFields
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        problems={problems}
      />
      <InitiativePicker
        countryCode={data.country.code}
        value={values.initiative}
        onChange={(initiative) => setValues((current) => ({ ...current, initiative }))}
        problem={problems.initiativeId}
      />
    </VersionedEditForm>
  );
}

const STORY_EDIT_FORM_FRAGMENT: TypedDocumentNode<StoryEditForm_StoryFragment> = gql`
  fragment StoryEditForm_story on Story {
    id
    version
    title
    summary
    text
    language
    kind
    storytellerRole
    isMinor
    themes
    riskFlags
    country {
      code
    }
    initiative {
      id
      title
    }
  }
`;

StoryEditForm.fragments = { story: STORY_EDIT_FORM_FRAGMENT };
