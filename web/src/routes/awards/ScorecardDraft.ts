import type { ErrorCode } from '../../apollo/errors';

// What the scoring screen keeps of a juror's scorecard while they type, and what it sends. Pure
// functions, so that the autosave's rules (what is saved, when a scorecard may be submitted, which
// nomination comes next) are tested without a browser.

/** A criterion as the scoring screen needs it: its key and the scores of its scale. */
export interface CriterionToScore {
  key: string;
  scale: readonly { score: number }[];
}

/** One criterion on the screen: the level chosen (null until one is) and the comment typed. */
export interface DraftEntry {
  score: number | null;
  comment: string;
}

/** The juror's scorecard as typed, by criterion key. */
export type ScorecardDraft = Readonly<Record<string, DraftEntry>>;

/** A score as `saveScores` takes it. */
export interface ScoreToSave {
  criterion: string;
  score: number;
  comment: string;
}

/** Where an autosave stands, as the screen says it. */
export type SaveState =
  | { kind: 'unchanged' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; code: ErrorCode; currentVersion: number | null; message: string | null };

/** The draft a scorecard starts from: every criterion, with what was saved for it (if anything). */
export function draftFrom(
  criteria: readonly CriterionToScore[],
  saved: readonly { criterion: string; score: number; comment: string }[] | null | undefined,
): ScorecardDraft {
  const byKey = new Map((saved ?? []).map((s) => [s.criterion, s]));
  return Object.fromEntries(
    criteria.map((c) => {
      const score = byKey.get(c.key);
      return [c.key, { score: score?.score ?? null, comment: score?.comment ?? '' }];
    }),
  );
}

/** The draft with one criterion changed. */
export function withChange(draft: ScorecardDraft, key: string, change: Partial<DraftEntry>): ScorecardDraft {
  return { ...draft, [key]: { ...(draft[key] ?? { score: null, comment: '' }), ...change } };
}

/**
 * What to send for the criteria changed since the last save: only those with a level chosen (the API
 * saves a comment together with its score). A comment typed before its score waits for it.
 */
export function scoresToSave(draft: ScorecardDraft, changed: ReadonlySet<string>): ScoreToSave[] {
  return [...changed].flatMap((key) => {
    const entry = draft[key];
    return entry && entry.score !== null ? [{ criterion: key, score: entry.score, comment: entry.comment }] : [];
  });
}

/** Every criterion with a level chosen, as sent to save a whole scorecard over another tab's. */
export const scoredKeys = (draft: ScorecardDraft): Set<string> =>
  new Set(Object.keys(draft).filter((key) => draft[key].score !== null));

/** What a criterion still lacks before the scorecard can be submitted. */
export interface MissingPart {
  key: string;
  lacks: 'score' | 'comment';
}

/** The criteria, in order, still without a level or a comment (the server asks for both). */
export function missingForSubmit(criteria: readonly CriterionToScore[], draft: ScorecardDraft): MissingPart[] {
  return criteria.flatMap((c): MissingPart[] => {
    const entry = draft[c.key];
    if (!entry || entry.score === null) return [{ key: c.key, lacks: 'score' }];
    if (!entry.comment.trim()) return [{ key: c.key, lacks: 'comment' }];
    return [];
  });
}

/** How many criteria have both a level and a comment. */
export const completedCount = (criteria: readonly CriterionToScore[], draft: ScorecardDraft): number =>
  criteria.length - missingForSubmit(criteria, draft).length;

/** The nominations before and after one in the juror's list, for "previous" and "next". */
export function neighbours(ids: readonly string[], current: string): { previous: string | null; next: string | null } {
  const at = ids.indexOf(current);
  if (at < 0) return { previous: null, next: null };
  return { previous: at > 0 ? ids[at - 1] : null, next: at < ids.length - 1 ? ids[at + 1] : null };
}

/** Nominations a juror scores: eligible and shortlisted ones (the server refuses the others). */
export const isScoreable = (status: string): boolean => status === 'ELIGIBLE' || status === 'SHORTLISTED';

/** Where a juror stands with one nomination, for their list. */
export type ScoringProgress = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';

export function scoringProgressOf(scorecard: { status: string } | null | undefined): ScoringProgress {
  if (!scorecard) return 'NOT_STARTED';
  return scorecard.status === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT';
}
