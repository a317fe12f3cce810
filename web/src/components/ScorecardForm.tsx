import { CombinedGraphQLErrors } from '@apollo/client';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardForm_GuidelineFragment, ScorecardForm_NominationFragment } from '../__generated__/graphql';
import { errorCodeOf } from '../apollo/errors';
import { useSaveScoresMutation } from '../mutations/useSaveScoresMutation';
import { useSubmitScorecardMutation } from '../mutations/useSubmitScorecardMutation';
import {
  completedCount,
  draftFrom,
  missingForSubmit,
  scoredKeys,
  scoresToSave,
  withChange,
  type DraftEntry,
  type SaveState,
  type ScorecardDraft,
} from '../routes/awards/ScorecardDraft';
import { CriterionScoreField } from './CriterionScoreField';
import { MutationError } from './MutationError';

/** How long the screen waits after the last change before it saves. */
export const AUTOSAVE_DELAY_MS = 800;

interface ScorecardFormProps {
  nomination: FragmentType<ScorecardForm_NominationFragment>;
  guideline: FragmentType<ScorecardForm_GuidelineFragment>;
  /** The edition is judging: scores can change. */
  judging: boolean;
  /** Asks the page's query again (the scorecard as another tab saved it). */
  onReload: () => Promise<unknown>;
}

/**
 * The juror's scorecard for one nomination. It starts from what was saved and is then the juror's:
 * the page's data is not read into it again (a reload after a conflict starts it over on purpose).
 */
export function ScorecardForm(props: ScorecardFormProps) {
  const nomination = useFragment({ fragment: SCORECARD_FORM_NOMINATION_FRAGMENT, from: props.nomination });
  const guideline = useFragment({ fragment: SCORECARD_FORM_GUIDELINE_FRAGMENT, from: props.guideline });
  const [generation, setGeneration] = useState(0);
  if (!nomination.complete || !guideline.complete) return null;
  return (
    <ScorecardEditor
      key={generation}
      nomination={nomination.data}
      criteria={guideline.data.criteria}
      judging={props.judging}
      onLoadSaved={async () => {
        await props.onReload();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

interface ScorecardEditorProps {
  nomination: ScorecardForm_NominationFragment;
  criteria: ScorecardForm_GuidelineFragment['criteria'];
  judging: boolean;
  onLoadSaved: () => Promise<void>;
}

function failureOf(error: unknown): Extract<SaveState, { kind: 'failed' }> {
  const code = errorCodeOf(error);
  const first = CombinedGraphQLErrors.is(error) ? error.errors.find((e) => e.extensions?.code === code) : undefined;
  const current = first?.extensions?.currentVersion;
  return {
    kind: 'failed',
    code,
    currentVersion: typeof current === 'number' ? current : null,
    message: first?.message ?? null,
  };
}

/**
 * The autosave: a change waits AUTOSAVE_DELAY_MS (or until the comment box is left), then the
 * criteria changed since the last save are sent with the scorecard's version, one save at a time.
 * What failed stays marked as changed and on the screen, so nothing typed is lost.
 */
function useAutosave(nominationId: string, initialVersion: number | undefined, initial: ScorecardDraft) {
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'unchanged' });
  const [save] = useSaveScoresMutation();
  const draftRef = useRef(draft);
  const changed = useRef(new Set<string>());
  const version = useRef(initialVersion);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // After a stale save (another tab saved first) nothing is sent by itself: the juror chooses whose
  // scorecard stands, and until then every save would be refused the same way.
  const stale = useRef(false);

  const flush = useCallback(
    async (choice?: 'chosen'): Promise<boolean> => {
      clearTimeout(timer.current);
      if (stale.current && choice !== 'chosen') return false;
      stale.current = false;
      if (inFlight.current) await inFlight.current;
      const scores = scoresToSave(draftRef.current, changed.current);
      if (!scores.length) return true;
      for (const score of scores) changed.current.delete(score.criterion);
      setState({ kind: 'saving' });
      const sending = save({ variables: { input: { nominationId, expectedVersion: version.current, scores } } }).then(
        ({ data }) => {
          if (data) version.current = data.saveScores.scorecard.version;
          setState(changed.current.size ? { kind: 'pending' } : { kind: 'saved' });
          return true;
        },
        (error: unknown) => {
          for (const score of scores) changed.current.add(score.criterion);
          const failure = failureOf(error);
          stale.current = failure.code === 'CONFLICT' && failure.currentVersion !== null;
          setState(failure);
          return false;
        },
      );
      inFlight.current = sending;
      const ok = await sending;
      inFlight.current = null;
      // Changes made while this save was on its way go in the next one.
      if (ok && scoresToSave(draftRef.current, changed.current).length) return flush();
      return ok;
    },
    [nominationId, save],
  );

  const change = useCallback(
    (key: string, part: Partial<DraftEntry>) => {
      draftRef.current = withChange(draftRef.current, key, part);
      setDraft(draftRef.current);
      changed.current.add(key);
      setState((s) => (s.kind === 'failed' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a CONFLICT: save everything on this screen over what the other tab saved. */
  const keepMine = useCallback(
    (currentVersion: number) => {
      version.current = currentVersion;
      for (const key of scoredKeys(draftRef.current)) changed.current.add(key);
      return flush('chosen');
    },
    [flush],
  );

  // Leaving the page saves what waits; a save still on its way finishes by itself.
  useEffect(() => () => void flushOnLeave(timer, flush), [flush]);

  return {
    draft,
    state,
    change,
    flush,
    keepMine,
    version,
    waiting: () => changed.current.size > 0,
  };
}

function flushOnLeave(
  timer: { current: ReturnType<typeof setTimeout> | undefined },
  flush: () => Promise<boolean>,
): void {
  if (timer.current === undefined) return;
  clearTimeout(timer.current);
  void flush();
}

function ScorecardEditor({ nomination, criteria, judging, onLoadSaved }: ScorecardEditorProps) {
  const { t } = useTranslation();
  const saved = nomination.myScorecard;
  const submitted = saved?.status === 'SUBMITTED';
  const readOnly = submitted || !judging;
  const autosave = useAutosave(nomination.id, saved?.version, draftFrom(criteria, saved?.scores));
  const [submit, submitting] = useSubmitScorecardMutation();
  const [triedSubmit, setTriedSubmit] = useState(false);
  const missing = missingForSubmit(criteria, autosave.draft);
  const missingByKey = new Map(missing.map((m) => [m.key, m.lacks]));
  const { state } = autosave;

  const onSubmit = async () => {
    setTriedSubmit(true);
    if (missing.length) return;
    if (!(await autosave.flush())) return;
    if (autosave.version.current === undefined) return;
    await submit({
      variables: { input: { nominationId: nomination.id, expectedVersion: autosave.version.current } },
    }).catch(() => undefined);
  };

  return (
    <form
      className="stack scorecard-form"
      aria-label={t('awards.scoring.scorecard')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <div className="scorecard-form__status" role="status" aria-live="polite" data-save-state={state.kind}>
        {submitted ? (
          <p className="badge badge--eligible">
            {t('awards.scoring.submittedOn', {
              date: new Date(saved.submittedAt ?? saved.updatedAt).toLocaleString(),
            })}
          </p>
        ) : (
          <p>
            {state.kind === 'failed'
              ? t('awards.scoring.notSaved', { reason: t(`errors.${state.code}`) })
              : t(`awards.scoring.saveState.${state.kind}`)}{' '}
            <span className="muted">
              {t('awards.scoring.completed', {
                done: completedCount(criteria, autosave.draft),
                count: criteria.length,
              })}
            </span>
          </p>
        )}
        {!judging && !submitted && <p className="muted">{t('awards.scoring.notJudging')}</p>}
      </div>
      {state.kind === 'failed' && !submitted && (
        <SaveFailure
          failure={state}
          onRetry={() => void autosave.flush('chosen')}
          onKeepMine={(v) => void autosave.keepMine(v)}
          onLoadSaved={() => void onLoadSaved()}
        />
      )}
      {criteria.map((criterion) => {
        const entry = autosave.draft[criterion.key] ?? { score: null, comment: '' };
        const lacks = triedSubmit ? missingByKey.get(criterion.key) : undefined;
        return (
          <CriterionScoreField
            key={criterion.key}
            criterion={criterion}
            score={entry.score}
            comment={entry.comment}
            readOnly={readOnly}
            onScore={(score) => autosave.change(criterion.key, { score })}
            onComment={(comment) => autosave.change(criterion.key, { comment })}
            onBlur={() => void autosave.flush()}
            missing={lacks && t(`awards.scoring.lacks.${lacks}`)}
          />
        );
      })}
      {!readOnly && (
        <>
          {triedSubmit && missing.length > 0 && (
            <p className="form-error" role="alert">
              {t('awards.scoring.incomplete', { count: missing.length })}
            </p>
          )}
          {submitting.error && <MutationError error={submitting.error} refusal />}
          <p className="muted">{t('awards.scoring.submitExplained')}</p>
          <button type="submit" className="button" disabled={submitting.loading || state.kind === 'saving'}>
            {submitting.loading ? t('awards.scoring.submitting') : t('awards.scoring.submit')}
          </button>
        </>
      )}
    </form>
  );
}

interface SaveFailureProps {
  failure: Extract<SaveState, { kind: 'failed' }>;
  onRetry: () => void;
  onKeepMine: (currentVersion: number) => void;
  onLoadSaved: () => void;
}

/** Why the last save failed and the ways on: try again, or, when another tab saved first, choose whose. */
function SaveFailure({ failure, onRetry, onKeepMine, onLoadSaved }: SaveFailureProps) {
  const { t } = useTranslation();
  const stale = failure.code === 'CONFLICT' && failure.currentVersion !== null;
  return (
    <div className="form-error" role="alert" data-error-code={failure.code}>
      {stale ? (
        <>
          <p>{t('awards.scoring.savedElsewhere')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => onKeepMine(failure.currentVersion!)}>
              {t('awards.scoring.keepMine')}
            </button>
            <button type="button" className="button button--secondary" onClick={onLoadSaved}>
              {t('awards.scoring.loadSaved')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('awards.scoring.keptHere')}</p>
          {failure.code === 'CONFLICT' && failure.message && (
            <p className="form-error__detail" lang="en">
              {failure.message}
            </p>
          )}
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('awards.scoring.retry')}
          </button>
        </>
      )}
    </div>
  );
}

const SCORECARD_FORM_NOMINATION_FRAGMENT: TypedDocumentNode<ScorecardForm_NominationFragment> = gql`
  fragment ScorecardForm_nomination on Nomination {
    id
    myScorecard {
      id
      version
      status
      submittedAt
      updatedAt
      scores {
        criterion
        score
        comment
      }
    }
  }
`;

const SCORECARD_FORM_GUIDELINE_FRAGMENT: TypedDocumentNode<ScorecardForm_GuidelineFragment> = gql`
  fragment ScorecardForm_guideline on Guideline {
    id
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

ScorecardForm.fragments = {
  nomination: SCORECARD_FORM_NOMINATION_FRAGMENT,
  guideline: SCORECARD_FORM_GUIDELINE_FRAGMENT,
};
