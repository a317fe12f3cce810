import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProblemsOf } from '../apollo/problems';
import { useApproveBestPracticeMutation } from '../mutations/useApproveBestPracticeMutation';
import { themesFrom } from '../routes/awards/BestPracticeRules';
import { BestPracticeFields, type BestPracticeValues } from './BestPracticeFields';
import { MutationForm } from './MutationForm';

interface BestPracticeApproveFormProps {
  nominationId: string;
  /** The winning initiative, named in the form's heading. */
  initiativeTitle: string;
  onCancel: () => void;
}

/** Approves a national winner as a best practice with the texts the manual prints; then opens it. */
export function BestPracticeApproveForm({ nominationId, initiativeTitle, onCancel }: BestPracticeApproveFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<BestPracticeValues>({
    whatWorks: '',
    lessons: '',
    transferability: '',
    themes: '',
  });
  const [approve, approving] = useApproveBestPracticeMutation();
  const problems = fieldProblemsOf(approving.error);
  const title = t('awards.bestPractices.approveTitle', { title: initiativeTitle });
  return (
    <MutationForm
      className="stack panel"
      label={title}
      onSubmit={() =>
        approve({
          variables: {
            input: {
              nominationId,
              whatWorks: values.whatWorks.trim(),
              lessons: values.lessons.trim(),
              transferability: values.transferability.trim(),
              themes: themesFrom(values.themes),
            },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.approveBestPractice.bestPractice.id;
        if (id) void navigate(`/awards/best-practices/${id}`);
      }}
      mutation={approving}
      submitLabel={t('awards.bestPractices.approveSubmit')}
      onCancel={onCancel}
    >
      <h3>{title}</h3>
      <p className="muted">{t('awards.bestPractices.approveIntro')}</p>
      <BestPracticeFields
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        problems={problems}
      />
    </MutationForm>
  );
}
