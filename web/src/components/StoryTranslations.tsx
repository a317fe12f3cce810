import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryTranslations_StoryFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useRemoveStoryTranslationMutation } from '../mutations/useRemoveStoryTranslationMutation';
import { useSaveStoryTranslationMutation } from '../mutations/useSaveStoryTranslationMutation';
import { STORY_LANGUAGES } from '../stories/languages';
import { MutationError } from './MutationError';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface StoryTranslationsProps {
  story: FragmentType<StoryTranslations_StoryFragment>;
  /** Asks for the story again (after a CONFLICT: someone else saved the translation first). */
  onReload: () => void;
}

type Translation = StoryTranslations_StoryFragment['translations'][number];

/** The story's translations: one per language besides the original, each added, changed or removed here. */
export function StoryTranslations({ story, onReload }: StoryTranslationsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: STORY_TRANSLATIONS_FRAGMENT, from: story });
  // The language being edited, or 'new' for an added one.
  const [editing, setEditing] = useState<string | null>(null);
  const [remove, removal] = useRemoveStoryTranslationMutation();
  if (!complete) return null;
  const taken = new Set([data.language, ...data.translations.map((translation) => translation.language)]);
  const free = STORY_LANGUAGES.filter((code) => !taken.has(code));

  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('translations.title')}</h2>
      {data.translations.length ? (
        <ul className="stack translation-list">
          {data.translations.map((translation) => (
            <li key={translation.id} data-language={translation.language}>
              {editing === translation.language ? (
                <TranslationForm
                  key={translation.version}
                  storyId={data.id}
                  translation={translation}
                  languages={[translation.language]}
                  onDone={() => setEditing(null)}
                  onReload={onReload}
                />
              ) : (
                <>
                  <h3 lang={translation.language}>
                    {format.language(translation.language)} · {translation.title}
                  </h3>
                  <div className="actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`${t('translations.edit')} ${format.language(translation.language)}`}
                      onClick={() => setEditing(translation.language)}
                    >
                      {t('translations.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={removal.loading}
                      onClick={() => {
                        remove({ variables: { input: { storyId: data.id, language: translation.language } } }).catch(
                          () => {
                            // shown below from the hook's `error`
                          },
                        );
                      }}
                    >
                      {t('translations.remove', { language: format.language(translation.language) })}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('translations.none')}</p>
      )}
      {removal.error && <MutationError error={removal.error} />}
      {editing === 'new' ? (
        <TranslationForm
          storyId={data.id}
          translation={null}
          languages={free}
          onDone={() => setEditing(null)}
          onReload={onReload}
        />
      ) : (
        free.length > 0 && (
          <p>
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('translations.add')}
            </button>
          </p>
        )
      )}
    </section>
  );
}

interface TranslationFormProps {
  storyId: string;
  /** The translation to change, or null to add one. */
  translation: Translation | null;
  /** Languages to choose from (just its own when changing one). */
  languages: readonly string[];
  onDone: () => void;
  onReload: () => void;
}

function TranslationForm({ storyId, translation, languages, onDone, onReload }: TranslationFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [language, setLanguage] = useState(translation?.language ?? languages[0] ?? '');
  const [title, setTitle] = useState(translation?.title ?? '');
  const [summary, setSummary] = useState(translation?.summary ?? '');
  const [text, setText] = useState(translation?.text ?? '');
  const [save, { loading, error, reset }] = useSaveStoryTranslationMutation();
  const problems = fieldProblemsOf(error);
  const languageName = language ? format.language(language) : '';

  return (
    <form
      className="stack translation-form"
      aria-label={t('translations.formTitle', { language: languageName })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save({
          variables: {
            input: {
              storyId,
              language,
              title: title.trim(),
              summary: summary.trim(),
              text: text.trim(),
              expectedVersion: translation?.version ?? null,
            },
          },
        }).then(onDone, () => {
          // shown below from the hook's `error`
        });
      }}
    >
      <h3>{t('translations.formTitle', { language: languageName })}</h3>
      {!translation && (
        <SelectField
          label={t('translations.language')}
          value={language}
          options={languages.map((code) => ({ value: code, label: format.language(code) }))}
          onChange={setLanguage}
        />
      )}
      {problems.language && <p className="field-error">{problems.language}</p>}
      <TextField
        label={t('storyEditor.fields.title')}
        value={title}
        onChange={setTitle}
        problem={problems.title}
        required
      />
      <TextField
        label={t('storyEditor.fields.summary')}
        value={summary}
        onChange={setSummary}
        problem={problems.summary}
        multiline
      />
      <TextField
        label={t('storyEditor.fields.text')}
        value={text}
        onChange={setText}
        problem={problems.text}
        multiline
        required
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
      <div className="actions">
        <button type="submit" className="button" disabled={loading || !language}>
          {loading ? t('forms.saving') : t('translations.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

const STORY_TRANSLATIONS_FRAGMENT: TypedDocumentNode<StoryTranslations_StoryFragment> = gql`
  fragment StoryTranslations_story on Story {
    id
    language
    translations {
      id
      language
      title
      summary
      text
      version
    }
  }
`;

StoryTranslations.fragments = { story: STORY_TRANSLATIONS_FRAGMENT };
