import type en from '../i18n/en.json';

export type StoryStatusValue = keyof typeof en.enums.StoryStatus;

/**
 * The review workflow's moves, as the stories subgraph allows them (services/stories
 * story-status.rules.ts), so the story page offers only those. The server checks every move again;
 * WITHDRAWN is reached only by withdrawing consent and nothing leaves it.
 */
const MOVES: Record<StoryStatusValue, readonly StoryStatusValue[]> = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['APPROVED', 'DRAFT'],
  APPROVED: ['PUBLISHED', 'IN_REVIEW'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED'],
  WITHDRAWN: [],
};

export const allowedStoryMoves = (from: StoryStatusValue): readonly StoryStatusValue[] => MOVES[from] ?? [];

/** Sending a story back for changes must say what to change. */
export const moveNeedsReason = (from: StoryStatusValue, to: StoryStatusValue): boolean =>
  from === 'IN_REVIEW' && to === 'DRAFT';
