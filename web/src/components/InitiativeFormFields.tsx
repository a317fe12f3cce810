import { useTranslation } from 'react-i18next';
import type { Activity, InitiativeStatus, TargetGroup } from '../__generated__/graphql';
import { useEnumOptions } from '../i18n/enum-values';
import { EnumCheckboxes } from './EnumCheckboxes';
import {
  InitiativeMoreFields,
  moreFieldsInput,
  moreFieldValuesOf,
  type MoreFieldsSource,
} from './InitiativeMoreFields';
import type { MoreFieldValues } from './InitiativeMoreFields';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** The initiative's description and practice texts, in the order the forms show them. */
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
const MULTILINE: ReadonlySet<TextName> = new Set([
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

/** What the create and edit forms hold, as the boxes hold it. */
export interface InitiativeFormValues {
  texts: Record<TextName, string>;
  status: InitiativeStatus;
  targetGroups: TargetGroup[];
  activities: Activity[];
  more: MoreFieldValues;
}

type InitiativeSource = Partial<Record<TextName, string | null>> &
  MoreFieldsSource & { status: InitiativeStatus; targetGroups: TargetGroup[]; activities: Activity[] };

/** The form's starting values: what was saved, or empty (and active) for a new initiative. */
export function initiativeFormValuesOf(source?: InitiativeSource): InitiativeFormValues {
  return {
    texts: Object.fromEntries(TEXTS.map((name) => [name, source?.[name] ?? ''])) as Record<TextName, string>,
    status: source?.status ?? 'ACTIVE',
    targetGroups: source?.targetGroups ?? [],
    activities: source?.activities ?? [],
    more: moreFieldValuesOf(source),
  };
}

/** The input fields both changes send besides the texts (each form sends those its own way). */
export function initiativeFormInput({ more, status, targetGroups, activities }: InitiativeFormValues) {
  return { ...moreFieldsInput(more), status, targetGroups, activities };
}

interface InitiativeFormFieldsProps {
  values: InitiativeFormValues;
  onChange: (change: (current: InitiativeFormValues) => InitiativeFormValues) => void;
  /** The server's problems by field (`fieldProblemsOf`). */
  problems: Record<string, string>;
}

/** The create and edit forms' fields: texts, status, target groups, activities, then the facts. */
export function InitiativeFormFields({ values, onChange, problems }: InitiativeFormFieldsProps) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  return (
    <>
      {TEXTS.map((name) => (
        <TextField
          key={name}
          label={t(`edit.fields.${name}`)}
          value={values.texts[name]}
          onChange={(value) => onChange((current) => ({ ...current, texts: { ...current.texts, [name]: value } }))}
          problem={problems[name]}
          multiline={MULTILINE.has(name)}
          required={REQUIRED.has(name)}
        />
      ))}
      <SelectField
        label={t('initiative.status')}
        value={values.status}
        options={enumOptions('InitiativeStatus')}
        onChange={(value) => onChange((current) => ({ ...current, status: value as InitiativeStatus }))}
      />
      <InitiativeAudienceFields
        targetGroups={values.targetGroups}
        activities={values.activities}
        onTargetGroupsChange={(targetGroups) => onChange((current) => ({ ...current, targetGroups }))}
        onActivitiesChange={(activities) => onChange((current) => ({ ...current, activities }))}
        problems={problems}
      />
      <InitiativeMoreFields
        values={values.more}
        onChange={(name, value) => onChange((current) => ({ ...current, more: { ...current.more, [name]: value } }))}
        problems={problems}
      />
    </>
  );
}

interface InitiativeAudienceFieldsProps {
  targetGroups: TargetGroup[];
  activities: Activity[];
  onTargetGroupsChange: (targetGroups: TargetGroup[]) => void;
  onActivitiesChange: (activities: Activity[]) => void;
  problems: Record<string, string>;
}

/** Whom the initiative is for and what it does: the two sets of boxes every initiative form asks for. */
export function InitiativeAudienceFields(props: InitiativeAudienceFieldsProps) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  return (
    <>
      <EnumCheckboxes
        legend={t('initiative.targetGroups')}
        options={enumOptions('TargetGroup')}
        value={props.targetGroups}
        onChange={props.onTargetGroupsChange}
        problem={props.problems.targetGroups}
      />
      <EnumCheckboxes
        legend={t('initiative.activities')}
        options={enumOptions('Activity')}
        value={props.activities}
        onChange={props.onActivitiesChange}
        problem={props.problems.activities}
      />
    </>
  );
}
