import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateManualMutation } from '../mutations/useCreateManualMutation';
import { ManualFields, type ManualFieldValues } from './ManualFields';
import { MutationForm } from './MutationForm';

interface ManualCreateFormProps {
  onCancel: () => void;
}

/** Starts a draft manual with its title, introduction and language; its builder opens next for the chapters. */
export function ManualCreateForm({ onCancel }: ManualCreateFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [fields, setFields] = useState<ManualFieldValues>({
    title: '',
    introduction: '',
    language: i18n.resolvedLanguage ?? 'en',
  });
  const { title, introduction, language } = fields;
  const [create, creating] = useCreateManualMutation();
  const problems = fieldProblemsOf(creating.error);
  return (
    <MutationForm
      className="stack panel"
      label={t('awards.manuals.createTitle')}
      onSubmit={() =>
        create({
          variables: {
            input: { title: title.trim(), introduction: introduction.trim(), language: language.trim(), chapters: [] },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.createManual.manual.id;
        if (id) void navigate(`/awards/manuals/${id}`);
      }}
      mutation={creating}
      submitLabel={t('awards.manuals.createSubmit')}
      onCancel={onCancel}
    >
      <h2>{t('awards.manuals.createTitle')}</h2>
      <p className="muted">{t('awards.manuals.createIntro')}</p>
      <ManualFields values={fields} onChange={setFields} problems={problems} />
    </MutationForm>
  );
}
