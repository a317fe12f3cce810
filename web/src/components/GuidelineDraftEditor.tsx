import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GuidelineDraftEditor_GuidelineFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateGuidelineDraftMutation } from '../mutations/useCreateGuidelineDraftMutation';
import { useReviseGuidelineDraftMutation } from '../mutations/useReviseGuidelineDraftMutation';
import {
  criteriaInput,
  draftOf,
  eligibilityRulesInput,
  emptyCriterion,
  emptyRule,
  withCriterion,
  withRule,
  type DraftCriterion,
  type GuidelineDraft,
} from '../routes/awards/guideline-draft';
import { MutationForm } from './MutationForm';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

/** The first problem whose field is `field` or lies under it (`criteria.0` finds `criteria.0.scale.1.descriptor`). */
const problemUnder = (problems: Record<string, string>, field: string): string | undefined =>
  problems[field] ?? Object.entries(problems).find(([name]) => name.startsWith(`${field}.`))?.[1];

interface DraftFieldsProps {
  draft: GuidelineDraft;
  onChange: (draft: GuidelineDraft) => void;
  problems: Record<string, string>;
}

/** The fields of a draft: title, eligibility rules, and each criterion with its scale. */
function DraftFields({ draft, onChange, problems }: DraftFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('awards.guidelineEditor.title')}
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
        problem={problems.title}
      />
      <h2>{t('awards.guidelineEditor.eligibilityRules')}</h2>
      <p className="muted">{t('awards.guidelineEditor.eligibilityRulesHint')}</p>
      {problems.eligibilityRules && <p className="field-error">{problems.eligibilityRules}</p>}
      {draft.eligibilityRules.map((rule, index) => (
        <fieldset key={index} className="field guideline-rule">
          <legend>{t('awards.guidelineEditor.rule', { number: index + 1 })}</legend>
          <TextField
            label={t('awards.guidelineEditor.ruleText')}
            multiline
            value={rule.text}
            onChange={(text) => onChange(withRule(draft, index, { text }))}
            problem={problems[`eligibilityRules.${index}.text`]}
          />
          <TextField
            label={t('awards.guidelineEditor.key')}
            hint={t('awards.guidelineEditor.ruleKeyHint')}
            value={rule.key}
            onChange={(key) => onChange(withRule(draft, index, { key }))}
            problem={problems[`eligibilityRules.${index}.key`]}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={rule.checkedAtIntake}
              onChange={(event) => onChange(withRule(draft, index, { checkedAtIntake: event.target.checked }))}
            />{' '}
            {t('awards.guidelineEditor.ruleAtIntake')}
          </label>
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                onChange({ ...draft, eligibilityRules: draft.eligibilityRules.filter((_, i) => i !== index) })
              }
            >
              {t('awards.guidelineEditor.removeRule', { number: index + 1 })}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ ...draft, eligibilityRules: [...draft.eligibilityRules, emptyRule()] })}
        >
          {t('awards.guidelineEditor.addRule')}
        </button>
      </p>
      <h2>{t('awards.guideline.criteria')}</h2>
      {problems.criteria && <p className="field-error">{problems.criteria}</p>}
      {draft.criteria.map((criterion, index) => (
        <CriterionFields
          key={index}
          number={index + 1}
          criterion={criterion}
          problems={problems}
          path={`criteria.${index}`}
          onChange={(change) => onChange(withCriterion(draft, index, change))}
          onRemove={
            draft.criteria.length > 1
              ? () => onChange({ ...draft, criteria: draft.criteria.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ ...draft, criteria: [...draft.criteria, emptyCriterion()] })}
        >
          {t('awards.guidelineEditor.addCriterion')}
        </button>
      </p>
    </>
  );
}

interface CriterionFieldsProps {
  number: number;
  criterion: DraftCriterion;
  problems: Record<string, string>;
  /** Where the server's problems with this criterion are (`criteria.2`). */
  path: string;
  onChange: (change: (criterion: DraftCriterion) => DraftCriterion) => void;
  onRemove?: () => void;
}

function CriterionFields({ number, criterion, problems, path, onChange, onRemove }: CriterionFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof DraftCriterion) => (value: string) => onChange((c) => ({ ...c, [field]: value }));
  const lowest = Number.parseInt(criterion.lowestScore, 10);
  return (
    <fieldset className="field guideline-criterion">
      <legend>{t('awards.guidelineEditor.criterion', { number })}</legend>
      <TextField
        label={t('awards.guidelineEditor.name')}
        value={criterion.name}
        onChange={set('name')}
        problem={problems[`${path}.name`]}
      />
      <TextField
        label={t('awards.guidelineEditor.key')}
        hint={t('awards.guidelineEditor.keyHint')}
        value={criterion.key}
        onChange={set('key')}
        problem={problems[`${path}.key`]}
      />
      <TextField
        label={t('awards.guidelineEditor.description')}
        multiline
        value={criterion.description}
        onChange={set('description')}
        problem={problems[`${path}.description`]}
      />
      <TextField
        label={t('awards.guidelineEditor.weight')}
        type="number"
        value={criterion.weight}
        onChange={set('weight')}
        problem={problems[`${path}.weight`]}
      />
      <TextField
        label={t('awards.guidelineEditor.lowestScore')}
        type="number"
        value={criterion.lowestScore}
        onChange={set('lowestScore')}
      />
      {problemUnder(problems, `${path}.scale`) && (
        <p className="field-error">{problemUnder(problems, `${path}.scale`)}</p>
      )}
      {criterion.levels.map((level, levelIndex) => (
        <div key={levelIndex} className="guideline-level">
          <TextField
            label={t('awards.guidelineEditor.level', { score: (Number.isFinite(lowest) ? lowest : 0) + levelIndex })}
            value={level.descriptor}
            onChange={(descriptor) =>
              onChange((c) => ({
                ...c,
                levels: c.levels.map((l, i) => (i === levelIndex ? { descriptor } : l)),
              }))
            }
          />
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange((c) => ({ ...c, levels: [...c.levels, { descriptor: '' }] }))}
        >
          {t('awards.guidelineEditor.addLevel')}
        </button>
        {criterion.levels.length > 2 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange((c) => ({ ...c, levels: c.levels.slice(0, -1) }))}
          >
            {t('awards.guidelineEditor.removeLevel')}
          </button>
        )}
        {onRemove && (
          <button type="button" className="button button--secondary" onClick={onRemove}>
            {t('awards.guidelineEditor.removeCriterion', { number })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Drafts version 1 of a new criteria set (admins). */
export function GuidelineCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [key, setKey] = useState('');
  const [draft, setDraft] = useState(draftOf);
  const [create, creating] = useCreateGuidelineDraftMutation();
  const problems = fieldProblemsOf(creating.error);
  return (
    <MutationForm
      className="stack edit-form"
      label={t('awards.guidelineEditor.createTitle')}
      mutation={creating}
      submitLabel={t('awards.guidelineEditor.create')}
      onCancel={() => void navigate('/awards/guidelines')}
      onSubmit={() =>
        create({
          variables: {
            input: {
              key: key.trim(),
              title: draft.title.trim(),
              eligibilityRules: eligibilityRulesInput(draft),
              criteria: criteriaInput(draft),
            },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.createGuidelineDraft.guideline.id;
        if (id) void navigate(`/awards/guidelines/${id}`);
      }}
    >
      <TextField
        label={t('awards.guidelineEditor.setKey')}
        hint={t('awards.guidelineEditor.setKeyHint')}
        value={key}
        onChange={setKey}
        problem={problems.key}
      />
      <DraftFields draft={draft} onChange={setDraft} problems={problems} />
    </MutationForm>
  );
}

interface GuidelineDraftEditorProps {
  guideline: FragmentType<GuidelineDraftEditor_GuidelineFragment>;
  /** Asks the page's query again (after a CONFLICT: someone else saved the draft first). */
  onReload: () => void;
}

/** Changes a draft against the revision it was loaded at; the form starts over from a newer revision. */
export function GuidelineDraftEditor({ guideline, onReload }: GuidelineDraftEditorProps) {
  const { data, complete } = useFragment({ fragment: GUIDELINE_DRAFT_EDITOR_FRAGMENT, from: guideline });
  if (!complete) return null;
  return <ReviseForm key={data.revision} guideline={data} onReload={onReload} />;
}

function ReviseForm({
  guideline,
  onReload,
}: {
  guideline: GuidelineDraftEditor_GuidelineFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftOf(guideline));
  const [revise, revising] = useReviseGuidelineDraftMutation();
  const problems = fieldProblemsOf(revising.error);
  return (
    <VersionedEditForm
      className="stack edit-form"
      label={t('awards.guidelineEditor.reviseTitle')}
      mutation={revising}
      refusal
      onReload={onReload}
      submitLabel={t('awards.guidelineEditor.save')}
      onCancel={() => void navigate(`/awards/guidelines/${guideline.id}`)}
      onSubmit={() =>
        revise({
          variables: {
            input: {
              id: guideline.id,
              expectedRevision: guideline.revision,
              title: draft.title.trim(),
              eligibilityRules: eligibilityRulesInput(draft),
              criteria: criteriaInput(draft),
            },
          },
        })
      }
      onDone={() => void navigate(`/awards/guidelines/${guideline.id}`)}
    >
      <DraftFields draft={draft} onChange={setDraft} problems={problems} />
    </VersionedEditForm>
  );
}

const GUIDELINE_DRAFT_EDITOR_FRAGMENT: TypedDocumentNode<GuidelineDraftEditor_GuidelineFragment> = gql`
  fragment GuidelineDraftEditor_guideline on Guideline {
    id
    revision
    title
    eligibilityRules {
      key
      text
      checkedAtIntake
    }
    criteria {
      id
      key
      name
      description
      weight
      scale {
        score
        descriptor
      }
    }
  }
`;

GuidelineDraftEditor.fragments = { guideline: GUIDELINE_DRAFT_EDITOR_FRAGMENT };
