import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, InitiativeStatus, TargetGroup } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { enumValues } from '../i18n/enum-values';
import { useCreateInitiativeMutation } from '../mutations/useCreateInitiativeMutation';
import { EnumCheckboxes } from './EnumCheckboxes';
import { MULTILINE, REQUIRED, TEXTS, type TextName } from './InitiativeEditForm';
import { InitiativeMoreFields, moreFieldsInput, moreFieldValuesOf, type MoreFieldValues } from './InitiativeMoreFields';
import { MutationError } from './MutationError';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface InitiativeCreateFormProps {
  /** The organisation the initiative belongs to, chosen above the form; '' until chosen. */
  organizationId: string;
  /** Where to go once it exists. */
  onCreated: (id: string) => void;
}

/** A new initiative's texts, status, target groups, activities and facts, for the chosen organisation. */
export function InitiativeCreateForm({ organizationId, onCreated }: InitiativeCreateFormProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<TextName, string>>(
    () => Object.fromEntries(TEXTS.map((name) => [name, ''])) as Record<TextName, string>,
  );
  const [status, setStatus] = useState<InitiativeStatus>('ACTIVE');
  const [targetGroups, setTargetGroups] = useState<TargetGroup[]>([]);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [more, setMore] = useState<MoreFieldValues>(() => moreFieldValuesOf());
  const [create, { loading, error }] = useCreateInitiativeMutation();
  const problems = fieldProblemsOf(error);

  return (
    <form
      className="edit-form panel"
      aria-label={t('create.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Empty optional texts are left out; the required ones are sent as typed so the server names them.
        const given = Object.fromEntries(
          TEXTS.map((name) => [name, texts[name].trim()] as const).filter(
            ([name, value]) => REQUIRED.has(name) || value,
          ),
        );
        create({
          variables: {
            input: {
              organizationId,
              title: '',
              summary: '',
              city: '',
              ...given,
              ...moreFieldsInput(more),
              status,
              targetGroups,
              activities,
            },
          },
        }).then(
          ({ data }) => {
            if (data) onCreated(data.createInitiative.initiative.id);
          },
          () => {
            // shown from the hook's `error`
          },
        );
      }}
    >
      {problems.organizationId && (
        <p className="field-error" role="alert">
          {problems.organizationId}
        </p>
      )}
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
      {error && <MutationError error={error} />}
      <button type="submit" className="button" disabled={loading || !organizationId}>
        {loading ? t('forms.saving') : t('create.submit')}
      </button>
    </form>
  );
}
