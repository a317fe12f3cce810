import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryKind, StoryTheme, StorytellerRiskFlag, StorytellerRole } from '../__generated__/graphql';
import { useEnumOptions } from '../i18n/enum-values';
import { useFormat } from '../i18n/format';
import { STORY_LANGUAGES } from '../stories/languages';
import { EnumCheckboxes } from './EnumCheckboxes';
import { FieldError } from './FieldError';
import type { ChosenInitiative } from './InitiativePicker';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** What the story editor edits, as the form holds it. */
export interface StoryFieldValues {
  title: string;
  summary: string;
  text: string;
  language: string;
  kind: StoryKind;
  displayName: string;
  storytellerRole: StorytellerRole;
  isMinor: boolean;
  themes: StoryTheme[];
  riskFlags: StorytellerRiskFlag[];
  /** The initiative the story is about (chosen with the InitiativePicker), or none. */
  initiative: ChosenInitiative | null;
}

export const EMPTY_STORY: StoryFieldValues = {
  title: '',
  summary: '',
  text: '',
  language: '',
  kind: 'TESTIMONY',
  displayName: '',
  storytellerRole: 'MIGRANT',
  isMinor: false,
  themes: [],
  riskFlags: [],
  initiative: null,
};

/** The values as the API takes them (without the display name, which only creating sends). */
export const storyFieldsInput = (values: StoryFieldValues) => ({
  title: values.title.trim(),
  summary: values.summary.trim(),
  text: values.text.trim(),
  language: values.language,
  kind: values.kind,
  storytellerRole: values.storytellerRole,
  isMinor: values.isMinor,
  themes: values.themes,
  riskFlags: values.riskFlags,
  initiativeId: values.initiative?.id ?? null,
});

interface StoryFieldsProps {
  values: StoryFieldValues;
  onChange: <K extends keyof StoryFieldValues>(name: K, value: StoryFieldValues[K]) => void;
  /** The server's problems by field. */
  problems: Record<string, string>;
  /**
   * Whether to ask for the display name: only when creating. The API gives editors the name as shown
   * (`storytellerName`, "Anonymous" when consent or risk hide it), not the chosen one, so an edit form
   * could not show it without risking to overwrite it.
   */
  withDisplayName?: boolean;
}

/** The story's own fields, shared by the create and edit forms, each with its label and its problem. */
export function StoryFields({ values, onChange, problems, withDisplayName }: StoryFieldsProps) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const format = useFormat();
  const minorId = useId();
  const text = (
    name: 'title' | 'summary' | 'text' | 'displayName',
    options: { multiline?: boolean; required?: boolean } = {},
  ) => (
    <TextField
      label={t(`storyEditor.fields.${name}`)}
      value={values[name]}
      onChange={(value) => onChange(name, value)}
      problem={problems[name]}
      {...options}
    />
  );
  return (
    <>
      {text('title', { required: true })}
      {text('summary', { multiline: true })}
      {text('text', { multiline: true, required: true })}
      <SelectField
        label={t('storyEditor.fields.language')}
        anyLabel={t('storyEditor.chooseLanguage')}
        value={values.language}
        options={STORY_LANGUAGES.map((code) => ({ value: code, label: format.language(code) }))}
        onChange={(value) => onChange('language', value)}
      />
      {problems.language && <p className="field-error">{problems.language}</p>}
      <SelectField
        label={t('storyEditor.fields.kind')}
        value={values.kind}
        options={enumOptions('StoryKind')}
        onChange={(value) => onChange('kind', value as StoryKind)}
      />
      {withDisplayName && text('displayName')}
      <SelectField
        label={t('storyEditor.fields.storytellerRole')}
        value={values.storytellerRole}
        options={enumOptions('StorytellerRole')}
        onChange={(value) => onChange('storytellerRole', value as StorytellerRole)}
      />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.isMinor}
            aria-describedby={problems.isMinor ? `${minorId}-error` : undefined}
            onChange={(event) => onChange('isMinor', event.target.checked)}
          />
          {t('storyEditor.fields.isMinor')}
        </label>
        <FieldError id={`${minorId}-error`} message={problems.isMinor} />
      </div>
      <EnumCheckboxes
        legend={t('storyEditor.fields.themes')}
        options={enumOptions('StoryTheme')}
        value={values.themes}
        onChange={(value) => onChange('themes', value)}
        problem={problems.themes}
      />
      <EnumCheckboxes
        legend={t('storyEditor.fields.riskFlags')}
        options={enumOptions('StorytellerRiskFlag')}
        value={values.riskFlags}
        onChange={(value) => onChange('riskFlags', value)}
        problem={problems.riskFlags}
      />
      <p className="muted">{t('storyEditor.riskHint')}</p>
    </>
  );
}
