import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManualBuilder_BestPracticesFragment, ManualBuilder_ManualFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useReviseManualMutation } from '../mutations/useReviseManualMutation';
import {
  addBestPractice,
  addChapter,
  changeChapter,
  chaptersInput,
  draftChapters,
  move,
  moveBestPractice,
  removeBestPractice,
  removeChapter,
  type DraftChapter,
} from '../routes/awards/ManualDraft';
import { ManualFields, type ManualFieldValues } from './ManualFields';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface ManualBuilderProps {
  manual: FragmentType<ManualBuilder_ManualFragment>;
  /** The approved best practices a chapter may gather. */
  bestPractices: FragmentType<ManualBuilder_BestPracticesFragment>[];
  /** Asks for the manual again (after a CONFLICT: someone else saved it first). */
  onReload: () => void;
}

/**
 * The draft manual's builder for admins: title, introduction, language, and its chapters (added,
 * removed, reordered), each gathering approved best practices in order. Saved whole against the
 * version that was read; the chapters replace the saved ones.
 */
export function ManualBuilder({ manual, bestPractices, onReload }: ManualBuilderProps) {
  const { data: options, complete } = useFragment({
    fragment: MANUAL_BUILDER_BEST_PRACTICES_FRAGMENT,
    from: bestPractices,
  });
  const approved = complete ? options : [];
  // The form starts again at each new version (VersionedFragment): what was saved is said from here.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <VersionedFragment fragment={MANUAL_BUILDER_FRAGMENT} from={manual}>
      {(data) => (
        <Builder
          data={data}
          approved={approved}
          onReload={onReload}
          saved={savedVersion === data.version}
          onSaved={setSavedVersion}
        />
      )}
    </VersionedFragment>
  );
}

interface BuilderProps {
  data: ManualBuilder_ManualFragment;
  approved: ManualBuilder_BestPracticesFragment[];
  onReload: () => void;
  /** This version is the one just saved here. */
  saved: boolean;
  onSaved: (version: number) => void;
}

function Builder({ data, approved, onReload, saved, onSaved }: BuilderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [fields, setFields] = useState<ManualFieldValues>({
    title: data.title,
    introduction: data.introduction,
    language: data.language,
  });
  const { title, introduction, language } = fields;
  const [chapters, setChapters] = useState<DraftChapter[]>(() => draftChapters(data.chapters));
  const [revise, revising] = useReviseManualMutation();
  const problems = fieldProblemsOf(revising.error);
  const byId = new Map(approved.map((b) => [b.id, b]));
  const nameOf = (id: string) => {
    const bestPractice = byId.get(id);
    if (!bestPractice) return id;
    const name = `${bestPractice.initiative.title} · ${bestPractice.edition.title} (${format.country(bestPractice.edition.country)})`;
    return bestPractice.edition.phase === 'ANNOUNCED' ? name : `${name} · ${t('awards.manuals.notAnnounced')}`;
  };

  return (
    <VersionedEditForm
      className="stack panel manual-builder"
      label={t('awards.manuals.builderTitle')}
      onSubmit={() =>
        revise({
          variables: {
            input: {
              manualId: data.id,
              expectedVersion: data.version,
              title: title.trim(),
              introduction: introduction.trim(),
              language: language.trim(),
              chapters: chaptersInput(chapters),
            },
          },
        })
      }
      onDone={(result) => {
        const version = result.data?.reviseManual.manual.version;
        if (version) onSaved(version);
      }}
      mutation={revising}
      onReload={onReload}
      submitLabel={t('awards.manuals.save')}
    >
      <h2>{t('awards.manuals.builderTitle')}</h2>
      <p className="muted">{t('awards.manuals.builderIntro')}</p>
      <ManualFields values={fields} onChange={setFields} problems={problems} />
      {problems.chapters && <p className="field-error">{problems.chapters}</p>}
      {chapters.map((chapter, index) => (
        <ChapterFields
          key={chapter.key}
          chapter={chapter}
          index={index}
          count={chapters.length}
          problems={problems}
          approved={approved}
          nameOf={nameOf}
          onChange={(change) => setChapters(changeChapter(chapters, index, change))}
          onMove={(by) => setChapters(move(chapters, index, by))}
          onRemove={() => setChapters(removeChapter(chapters, index))}
          onAdd={(id) => setChapters(addBestPractice(chapters, index, id))}
          onRemoveBestPractice={(id) => setChapters(removeBestPractice(chapters, index, id))}
          onMoveBestPractice={(position, by) => setChapters(moveBestPractice(chapters, index, position, by))}
        />
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={() => setChapters(addChapter(chapters))}>
          {t('awards.manuals.addChapter')}
        </button>
      </p>
      {saved && (
        <p role="status" className="muted">
          {t('awards.manuals.saved')}
        </p>
      )}
    </VersionedEditForm>
  );
}

interface ChapterFieldsProps {
  chapter: DraftChapter;
  index: number;
  count: number;
  problems: Record<string, string>;
  approved: ManualBuilder_BestPracticesFragment[];
  nameOf: (id: string) => string;
  onChange: (change: Partial<Omit<DraftChapter, 'key'>>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onAdd: (bestPracticeId: string) => void;
  onRemoveBestPractice: (bestPracticeId: string) => void;
  onMoveBestPractice: (position: number, by: -1 | 1) => void;
}

/** One chapter of the builder: its texts and theme, its best practices in order, and its moves. */
function ChapterFields(props: ChapterFieldsProps) {
  const { t } = useTranslation();
  const { chapter, index, count, problems } = props;
  const [picked, setPicked] = useState('');
  const field = `chapters.${index}`;
  const number = index + 1;
  const offered = props.approved.filter((b) => !chapter.bestPracticeIds.includes(b.id));
  return (
    <fieldset className="stack manual-builder__chapter">
      <legend>{t('awards.manuals.chapterLegend', { number, title: chapter.title })}</legend>
      <TextField
        label={t('awards.manuals.chapterTitle', { number })}
        required
        value={chapter.title}
        onChange={(title) => props.onChange({ title })}
        problem={problems[`${field}.title`]}
      />
      <TextField
        label={t('awards.manuals.chapterIntroduction', { number })}
        multiline
        value={chapter.introduction}
        onChange={(introduction) => props.onChange({ introduction })}
        problem={problems[`${field}.introduction`]}
      />
      <TextField
        label={t('awards.manuals.chapterTheme', { number })}
        hint={t('awards.manuals.chapterThemeHint')}
        value={chapter.theme}
        onChange={(theme) => props.onChange({ theme: theme.trim().toLowerCase() })}
        problem={problems[`${field}.theme`]}
      />
      <h3>{t('awards.manuals.chapterBestPractices', { number })}</h3>
      {problems[`${field}.bestPracticeIds`] && <p className="field-error">{problems[`${field}.bestPracticeIds`]}</p>}
      {chapter.bestPracticeIds.length ? (
        <ol className="stack">
          {chapter.bestPracticeIds.map((id, position) => {
            const name = props.nameOf(id);
            const problem = problems[`${field}.bestPracticeIds.${position}`];
            return (
              <li key={id}>
                <span>{name}</span>{' '}
                <span className="actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={position === 0}
                    onClick={() => props.onMoveBestPractice(position, -1)}
                  >
                    {t('awards.manuals.moveUp')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={position === chapter.bestPracticeIds.length - 1}
                    onClick={() => props.onMoveBestPractice(position, 1)}
                  >
                    {t('awards.manuals.moveDown')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => props.onRemoveBestPractice(id)}
                  >
                    {t('awards.manuals.removeBestPractice')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </span>
                {problem && <p className="field-error">{problem}</p>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">{t('awards.manuals.chapterEmpty')}</p>
      )}
      {offered.length > 0 && (
        <div className="inline-form">
          <SelectField
            label={t('awards.manuals.pickBestPractice', { number })}
            anyLabel={t('awards.manuals.pickNone')}
            value={picked}
            options={offered.map((b) => ({ value: b.id, label: props.nameOf(b.id) }))}
            onChange={setPicked}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={!picked}
            onClick={() => {
              props.onAdd(picked);
              setPicked('');
            }}
          >
            {t('awards.manuals.addBestPractice', { number })}
          </button>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => props.onMove(-1)}
        >
          {t('awards.manuals.moveChapterUp', { number })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={index === count - 1}
          onClick={() => props.onMove(1)}
        >
          {t('awards.manuals.moveChapterDown', { number })}
        </button>
        <button type="button" className="button button--danger" onClick={props.onRemove}>
          {t('awards.manuals.removeChapter', { number })}
        </button>
      </div>
    </fieldset>
  );
}

const MANUAL_BUILDER_FRAGMENT: TypedDocumentNode<ManualBuilder_ManualFragment> = gql`
  fragment ManualBuilder_manual on Manual {
    id
    version
    title
    introduction
    language
    chapters {
      position
      title
      introduction
      theme
      bestPractices {
        id
      }
    }
  }
`;

const MANUAL_BUILDER_BEST_PRACTICES_FRAGMENT: TypedDocumentNode<ManualBuilder_BestPracticesFragment> = gql`
  fragment ManualBuilder_bestPractices on BestPractice {
    id
    initiative {
      id
      title
    }
    edition {
      id
      title
      phase
      country {
        code
        name
      }
    }
  }
`;

ManualBuilder.fragments = { manual: MANUAL_BUILDER_FRAGMENT, bestPractices: MANUAL_BUILDER_BEST_PRACTICES_FRAGMENT };
