import { StoryStatus } from './story.enums';

/**
 * The review workflow (issue 5): the moves `moveStoryStatus` may make. WITHDRAWN is reached only
 * by withdrawing consent (ConsentService.withdraw), never by this table, and nothing leaves it.
 */
export const ALLOWED_MOVES: Readonly<Record<StoryStatus, readonly StoryStatus[]>> = {
  [StoryStatus.DRAFT]: [StoryStatus.IN_REVIEW],
  [StoryStatus.IN_REVIEW]: [StoryStatus.APPROVED, StoryStatus.DRAFT],
  [StoryStatus.APPROVED]: [StoryStatus.PUBLISHED, StoryStatus.IN_REVIEW],
  [StoryStatus.PUBLISHED]: [StoryStatus.ARCHIVED],
  [StoryStatus.ARCHIVED]: [StoryStatus.PUBLISHED],
  [StoryStatus.WITHDRAWN]: [],
};

/** Statuses a withdrawal of consent takes a story out of (into WITHDRAWN). */
export const WITHDRAWABLE: readonly StoryStatus[] = [
  StoryStatus.DRAFT,
  StoryStatus.IN_REVIEW,
  StoryStatus.APPROVED,
  StoryStatus.PUBLISHED,
];

export const allowedMoves = (from: StoryStatus): readonly StoryStatus[] => ALLOWED_MOVES[from] ?? [];
export const isAllowedMove = (from: StoryStatus, to: StoryStatus): boolean => allowedMoves(from).includes(to);

/** Sending a story back for changes must say what to change. */
export const reasonRequired = (from: StoryStatus, to: StoryStatus): boolean =>
  from === StoryStatus.IN_REVIEW && to === StoryStatus.DRAFT;
