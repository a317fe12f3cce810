import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Activity,
  InitiativeEditForm_InitiativeFragment,
  InitiativeStatus,
  TargetGroup,
} from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { enumValues } from '../i18n/enum-values';
import { useUpdateInitiativeMutation } from '../mutations/useUpdateInitiativeMutation';
import { EnumCheckboxes } from './EnumCheckboxes';
import { InitiativeMoreFields, moreFieldsInput, moreFieldValuesOf, type MoreFieldValues } from './InitiativeMoreFields';
import { MutationError } from './MutationError';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface InitiativeEditFormProps {
  initiative: FragmentType<InitiativeEditForm_InitiativeFragment>;
  onSaved: () => void;
  /** Asks for the initiative again (after a CONFLICT: someone else saved first). */
  onReload: () => void;
}

export const TEXTS = [
  'title',
  'summary',
  'city',
  'meetingPlace',
  'meetingTimes',
  'description',
  'challenge',
  'goals',
  'howItWorks',
  'results',
  'evaluation',
  'beneficiaries',
  'funding',
] as const;
export type TextName = (typeof TEXTS)[number];
export const MULTILINE: ReadonlySet<TextName> = new Set([
  'summary',
  'description',
  'challenge',
  'goals',
  'howItWorks',
  'results',
  'evaluation',
  'beneficiaries',
  'funding',
]);
export const REQUIRED: ReadonlySet<TextName> = new Set(['title', 'summary', 'city']);
/** Fields that may be cleared: an empty box sends null. */
const NULLABLE: ReadonlySet<TextName> = new Set(['city', 'meetingPlace', 'meetingTimes']);

/** The initiative's description and practice texts, saved against the version that was loaded. */
export function InitiativeEditForm({ initiative, onSaved, onReload }: InitiativeEditFormProps) {
  const { data, complete } = useFragment({ fragment: INITIATIVE_EDIT_FORM_FRAGMENT, from: initiative });
  if (!complete) return null;
  // A new version (after a reload) starts the form again from what was saved.
  return <EditForm key={data.version} data={data} onSaved={onSaved} onReload={onReload} />;
}

interface EditFormProps {
  data: InitiativeEditForm_InitiativeFragment;
  onSaved: () => void;
  onReload: () => void;
}

function EditForm({ data, onSaved, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<TextName, string>>(
    () => Object.fromEntries(TEXTS.map((name) => [name, data[name] ?? ''])) as Record<TextName, string>,
  );
  const [status, setStatus] = useState<InitiativeStatus>(data.status);
  const [targetGroups, setTargetGroups] = useState<TargetGroup[]>(data.targetGroups);
  const [activities, setActivities] = useState<Activity[]>(data.activities);
  const [more, setMore] = useState<MoreFieldValues>(() => moreFieldValuesOf(data));
  const [update, { loading, error, reset }] = useUpdateInitiativeMutation();
  const problems = fieldProblemsOf(error);

  return (
    <form
      className="edit-form panel"
      aria-label={t('edit.title', { title: data.title })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const changes = Object.fromEntries(
          TEXTS.map((name) => {
            const value = texts[name].trim();
            return [name, NULLABLE.has(name) && !value ? null : value];
          }),
        );
        update({
          variables: {
            input: {
              id: data.id,
              expectedVersion: data.version,
              ...changes,
              ...moreFieldsInput(more),
              status,
              targetGroups,
              activities,
            },
          },
        }).then(onSaved, () => {
          // shown from the hook's `error`
        });
      }}
    >
      {TEXTS.map((name) => (
        <TextField
          key={name}
          label={t(`edit.fields.${name}`)}
          value={texts[name]}
          onChange={(value) => setTexts((current) => ({ ...current, [name]: value }))}
          problem={problems[name]}
          multiline={MULTILINE.has(name)}
          required={REQUIRED.has(name)}
        />
      ))}
      <SelectField
        label={t('initiative.status')}
        value={status}
        options={enumValues('InitiativeStatus').map((value) => ({
          value,
          label: t(`enums.InitiativeStatus.${value}`),
        }))}
        onChange={(value) => setStatus(value as InitiativeStatus)}
      />
      <EnumCheckboxes
        legend={t('initiative.targetGroups')}
        options={enumValues('TargetGroup').map((value) => ({ value, label: t(`enums.TargetGroup.${value}`) }))}
        value={targetGroups}
        onChange={setTargetGroups}
        problem={problems.targetGroups}
      />
      <EnumCheckboxes
        legend={t('initiative.activities')}
        options={enumValues('Activity').map((value) => ({ value, label: t(`enums.Activity.${value}`) }))}
        value={activities}
        onChange={setActivities}
        problem={problems.activities}
      />
      <InitiativeMoreFields
        values={more}
        onChange={(name, value) => setMore((current) => ({ ...current, [name]: value }))}
        problems={problems}
      />
      {error && (
        <MutationError
          error={error}
          onReload={() => {
            reset();
            onReload();
          }}
        />
      )}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('forms.saving') : t('edit.save')}
      </button>
    </form>
  );
}

const INITIATIVE_EDIT_FORM_FRAGMENT: TypedDocumentNode<InitiativeEditForm_InitiativeFragment> = gql`
  fragment InitiativeEditForm_initiative on Initiative {
    id
    version
    title
    summary
    city
    description
    meetingPlace
    meetingTimes
    challenge
    goals
    howItWorks
    results
    evaluation
    beneficiaries
    funding
    status
    targetGroups
    activities
    latitude
    longitude
    startDate
    endDate
    participantsLocals
    participantsMigrants
    volunteers
    languages
    links
  }
`;

InitiativeEditForm.fragments = { initiative: INITIATIVE_EDIT_FORM_FRAGMENT };
