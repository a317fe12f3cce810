import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BestPracticeEditForm_BestPracticeFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useReviseBestPracticeMutation } from '../mutations/useReviseBestPracticeMutation';
import { themesFrom } from '../routes/awards/BestPracticeRules';
import { BestPracticeFields, type BestPracticeValues } from './BestPracticeFields';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface BestPracticeEditFormProps {
  bestPractice: FragmentType<BestPracticeEditForm_BestPracticeFragment>;
  onDone: () => void;
  /** Asks for the best practice again (after a CONFLICT: someone else revised it first). */
  onReload: () => void;
}

/** Revises a best practice's texts and themes, saved against the version that was read. */
export function BestPracticeEditForm({ bestPractice, onDone, onReload }: BestPracticeEditFormProps) {
  return (
    <VersionedFragment fragment={BEST_PRACTICE_EDIT_FORM_FRAGMENT} from={bestPractice}>
      {(data) => <EditForm data={data} onDone={onDone} onReload={onReload} />}
    </VersionedFragment>
  );
}

type EditFormProps = Omit<BestPracticeEditFormProps, 'bestPractice'> & {
  data: BestPracticeEditForm_BestPracticeFragment;
};

function EditForm({ data, onDone, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<BestPracticeValues>(() => ({
    whatWorks: data.whatWorks,
    lessons: data.lessons,
    transferability: data.transferability,
    themes: data.themes.join(', '),
  }));
  const [revise, revising] = useReviseBestPracticeMutation();
  const problems = fieldProblemsOf(revising.error);
  return (
    <VersionedEditForm
      className="stack panel"
      label={t('awards.bestPractices.reviseTitle')}
      onSubmit={() =>
        revise({
          variables: {
            input: {
              bestPracticeId: data.id,
              expectedVersion: data.version,
              whatWorks: values.whatWorks.trim(),
              lessons: values.lessons.trim(),
              transferability: values.transferability.trim(),
              themes: themesFrom(values.themes),
            },
          },
        })
      }
      onDone={onDone}
      mutation={revising}
      onReload={onReload}
      submitLabel={t('awards.bestPractices.reviseSubmit')}
      onCancel={onDone}
    >
      <h2>{t('awards.bestPractices.reviseTitle')}</h2>
      <BestPracticeFields
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        problems={problems}
      />
    </VersionedEditForm>
  );
}

const BEST_PRACTICE_EDIT_FORM_FRAGMENT: TypedDocumentNode<BestPracticeEditForm_BestPracticeFragment> = gql`
  fragment BestPracticeEditForm_bestPractice on BestPractice {
    id
    version
    whatWorks
    lessons
    transferability
    themes
  }
`;

BestPracticeEditForm.fragments = { bestPractice: BEST_PRACTICE_EDIT_FORM_FRAGMENT };
