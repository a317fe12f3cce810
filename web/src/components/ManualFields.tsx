import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

export interface ManualFieldValues {
  title: string;
  introduction: string;
  language: string;
}

interface ManualFieldsProps {
  values: ManualFieldValues;
  onChange: (values: ManualFieldValues) => void;
  /** The server's problems by field (`fieldProblemsOf`). */
  problems: Record<string, string>;
}

/** A manual's title, introduction and language: the fields the create form and the builder share. */
export function ManualFields({ values, onChange, problems }: ManualFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof ManualFieldValues) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <>
      <TextField
        label={t('awards.manuals.titleField')}
        required
        value={values.title}
        onChange={set('title')}
        problem={problems.title}
      />
      <TextField
        label={t('awards.manuals.introductionField')}
        multiline
        value={values.introduction}
        onChange={set('introduction')}
        problem={problems.introduction}
      />
      <TextField
        label={t('awards.manuals.languageField')}
        hint={t('awards.manuals.languageHint')}
        required
        value={values.language}
        onChange={set('language')}
        problem={problems.language}
      />
    </>
  );
}
