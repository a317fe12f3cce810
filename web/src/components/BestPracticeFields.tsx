import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/** The texts of a best practice as typed; themes comma-separated. */
export interface BestPracticeValues {
  whatWorks: string;
  lessons: string;
  transferability: string;
  themes: string;
}

interface BestPracticeFieldsProps {
  values: BestPracticeValues;
  onChange: (name: keyof BestPracticeValues, value: string) => void;
  /** The server's problems by field (`fieldProblemsOf`). */
  problems: Record<string, string>;
}

/** The first problem the server named with a theme (the list, or one of its items). */
const themeProblem = (problems: Record<string, string>) =>
  problems.themes ?? Object.entries(problems).find(([field]) => field.startsWith('themes.'))?.[1];

/** The fields shared by the approval and the revision of a best practice. */
export function BestPracticeFields({ values, onChange, problems }: BestPracticeFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('awards.bestPractices.whatWorks')}
        hint={t('awards.bestPractices.whatWorksHint')}
        multiline
        required
        value={values.whatWorks}
        onChange={(value) => onChange('whatWorks', value)}
        problem={problems.whatWorks}
      />
      <TextField
        label={t('awards.bestPractices.lessons')}
        hint={t('awards.bestPractices.lessonsHint')}
        multiline
        required
        value={values.lessons}
        onChange={(value) => onChange('lessons', value)}
        problem={problems.lessons}
      />
      <TextField
        label={t('awards.bestPractices.transferability')}
        hint={t('awards.bestPractices.transferabilityHint')}
        multiline
        required
        value={values.transferability}
        onChange={(value) => onChange('transferability', value)}
        problem={problems.transferability}
      />
      <TextField
        label={t('awards.bestPractices.themesField')}
        hint={t('awards.bestPractices.themesHint')}
        value={values.themes}
        onChange={(value) => onChange('themes', value)}
        problem={themeProblem(problems)}
      />
    </>
  );
}
