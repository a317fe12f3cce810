import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateManualMutation } from '../mutations/useCreateManualMutation';
import { MutationForm } from './MutationForm';
import { TextField } from './TextField';

interface ManualCreateFormProps {
  onCancel: () => void;
}

/** Starts a draft manual with its title, introduction and language; its builder opens next for the chapters. */
export function ManualCreateForm({ onCancel }: ManualCreateFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const [language, setLanguage] = useState(i18n.resolvedLanguage ?? 'en');
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
      <TextField
        label={t('awards.manuals.titleField')}
        required
        value={title}
        onChange={setTitle}
        problem={problems.title}
      />
      <TextField
        label={t('awards.manuals.introductionField')}
        multiline
        value={introduction}
        onChange={setIntroduction}
        problem={problems.introduction}
      />
      <TextField
        label={t('awards.manuals.languageField')}
        hint={t('awards.manuals.languageHint')}
        required
        value={language}
        onChange={setLanguage}
        problem={problems.language}
      />
    </MutationForm>
  );
}
