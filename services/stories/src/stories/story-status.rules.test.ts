import { StoryStatus } from './story.enums';
import { allowedMoves, isAllowedMove, reasonRequired, WITHDRAWABLE } from './story-status.rules';

const S = StoryStatus;
const ALL = Object.values(StoryStatus);
const ALLOWED: [StoryStatus, StoryStatus][] = [
  [S.DRAFT, S.IN_REVIEW],
  [S.IN_REVIEW, S.APPROVED],
  [S.IN_REVIEW, S.DRAFT],
  [S.APPROVED, S.PUBLISHED],
  [S.APPROVED, S.IN_REVIEW],
  [S.PUBLISHED, S.ARCHIVED],
  [S.ARCHIVED, S.PUBLISHED],
];
const key = (from: StoryStatus, to: StoryStatus) => `${from}->${to}`;
const allowedKeys = new Set(ALLOWED.map(([f, t]) => key(f, t)));
const REFUSED = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
  ([f, t]) => !allowedKeys.has(key(f, t)),
);

describe('story status moves', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => expect(isAllowedMove(from, to)).toBe(true));
  it.each(REFUSED)('refuses %s → %s', (from, to) => expect(isAllowedMove(from, to)).toBe(false));

  it('never moves into WITHDRAWN (only a consent withdrawal does) and never out of it', () => {
    for (const from of ALL) expect(allowedMoves(from)).not.toContain(S.WITHDRAWN);
    expect(allowedMoves(S.WITHDRAWN)).toEqual([]);
    expect(WITHDRAWABLE).toEqual([S.DRAFT, S.IN_REVIEW, S.APPROVED, S.PUBLISHED]);
  });

  it('requires a reason only when a story in review is sent back to draft', () => {
    expect(reasonRequired(S.IN_REVIEW, S.DRAFT)).toBe(true);
    expect(reasonRequired(S.IN_REVIEW, S.APPROVED)).toBe(false);
    expect(reasonRequired(S.DRAFT, S.IN_REVIEW)).toBe(false);
  });
});
