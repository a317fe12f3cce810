import {
  completedCount,
  draftFrom,
  isScoreable,
  missingForSubmit,
  neighbours,
  scoredKeys,
  scoresToSave,
  scoringProgressOf,
  withChange,
} from '../src/routes/awards/ScorecardDraft';

// The scoring screen's autosave rules (src/routes/awards/ScorecardDraft.ts): what it sends, when a
// scorecard may be submitted, and which nomination comes before and after.

const scale = [1, 2, 3, 4, 5].map((score) => ({ score }));
const criteria = [
  { key: 'fixed-meeting-place', scale },
  { key: 'mixed-audience', scale },
  { key: 'continuity', scale },
];

describe('a scorecard draft', () => {
  it('starts from what was saved, every criterion present, unsaved ones empty', () => {
    const draft = draftFrom(criteria, [{ criterion: 'mixed-audience', score: 4, comment: 'Locals and newcomers.' }]);
    expect(draft).toEqual({
      'fixed-meeting-place': { score: null, comment: '' },
      'mixed-audience': { score: 4, comment: 'Locals and newcomers.' },
      continuity: { score: null, comment: '' },
    });
  });

  it('sends only the criteria changed since the last save', () => {
    let draft = draftFrom(criteria, [{ criterion: 'mixed-audience', score: 4, comment: 'Saved before.' }]);
    draft = withChange(draft, 'continuity', { score: 2 });
    draft = withChange(draft, 'continuity', { comment: 'Only one season so far.' });
    expect(scoresToSave(draft, new Set(['continuity']))).toEqual([
      { criterion: 'continuity', score: 2, comment: 'Only one season so far.' },
    ]);
  });

  it('keeps a comment typed before its score until a score is chosen', () => {
    let draft = draftFrom(criteria, null);
    draft = withChange(draft, 'continuity', { comment: 'Runs every week.' });
    expect(scoresToSave(draft, new Set(['continuity']))).toEqual([]);
    draft = withChange(draft, 'continuity', { score: 5 });
    expect(scoresToSave(draft, new Set(['continuity']))).toEqual([
      { criterion: 'continuity', score: 5, comment: 'Runs every week.' },
    ]);
  });

  it('names every criterion with a score when saving over another tab', () => {
    const draft = withChange(draftFrom(criteria, null), 'mixed-audience', { score: 3 });
    expect([...scoredKeys(draft)]).toEqual(['mixed-audience']);
  });

  it('may be submitted only once every criterion has a score and a non-blank comment', () => {
    let draft = draftFrom(criteria, null);
    draft = withChange(draft, 'fixed-meeting-place', { score: 3, comment: 'A room at the parish.' });
    draft = withChange(draft, 'mixed-audience', { score: 4, comment: '   ' });
    expect(missingForSubmit(criteria, draft)).toEqual([
      { key: 'mixed-audience', lacks: 'comment' },
      { key: 'continuity', lacks: 'score' },
    ]);
    expect(completedCount(criteria, draft)).toBe(1);
    draft = withChange(draft, 'mixed-audience', { comment: 'Half and half.' });
    draft = withChange(draft, 'continuity', { score: 1, comment: 'New this year.' });
    expect(missingForSubmit(criteria, draft)).toEqual([]);
    expect(completedCount(criteria, draft)).toBe(3);
  });
});

describe('the juror list', () => {
  it('offers the previous and the next nomination, none past either end', () => {
    expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ previous: null, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 'c')).toEqual({ previous: 'b', next: null });
    expect(neighbours(['a', 'b', 'c'], 'x')).toEqual({ previous: null, next: null });
  });

  it('lists eligible and shortlisted nominations only, as the server scores them', () => {
    const statuses = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'SHORTLISTED', 'WINNER', 'WITHDRAWN'];
    expect(statuses.filter(isScoreable)).toEqual(['ELIGIBLE', 'SHORTLISTED']);
  });

  it('says where the juror stands with each nomination', () => {
    expect(scoringProgressOf(null)).toBe('NOT_STARTED');
    expect(scoringProgressOf({ status: 'DRAFT' })).toBe('DRAFT');
    expect(scoringProgressOf({ status: 'SUBMITTED' })).toBe('SUBMITTED');
  });
});
