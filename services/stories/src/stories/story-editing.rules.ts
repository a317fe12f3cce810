import { StoryStatus, StorytellerRiskFlag } from './story.enums';

/** The story fields updateStory may change. Country and recording organisation are not edits. */
export const EDITABLE_FIELDS = [
  'title',
  'text',
  'summary',
  'language',
  'kind',
  'displayName',
  'storytellerRole',
  'isMinor',
  'themes',
  'initiativeId',
  'riskFlags',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Fields that may be cleared with null; the others keep their value when left out and refuse null. */
export const CLEARABLE_FIELDS: ReadonlySet<EditableField> = new Set(['summary', 'displayName', 'initiativeId']);

/** Statuses whose stories may be edited freely: they are still being written or reviewed. */
export const EDITABLE_STATUSES: readonly StoryStatus[] = [
  StoryStatus.DRAFT,
  StoryStatus.IN_REVIEW,
  StoryStatus.APPROVED,
];

/**
 * Whether a change only protects the storyteller more: adding risk flags, or marking the storyteller
 * as a minor. Such a change is allowed whatever the status (a published story becomes anonymous at
 * once) and never sends an approved story back to review.
 */
export function isProtectiveOnly(
  before: { riskFlags: readonly StorytellerRiskFlag[]; isMinor: boolean },
  changes: Partial<{ riskFlags: readonly StorytellerRiskFlag[]; isMinor: boolean }> & Record<string, unknown>,
): boolean {
  for (const field of Object.keys(changes)) {
    if (field === 'riskFlags') {
      const after = new Set(changes.riskFlags ?? []);
      if (before.riskFlags.some((flag) => !after.has(flag))) return false;
    } else if (field === 'isMinor') {
      if (before.isMinor && changes.isMinor === false) return false;
    } else {
      return false;
    }
  }
  return true;
}

/**
 * What an edit does to the story's status:
 * - DRAFT and IN_REVIEW: any change, the status stays;
 * - APPROVED: any change; one that is not only protective sends the story back to IN_REVIEW, since
 *   what was approved is no longer what would be published;
 * - PUBLISHED and ARCHIVED: only protective changes (the published words are those reviewed and
 *   consented to); anything else is refused.
 * 'REFUSED' means the edit is not allowed in that status.
 */
export function statusAfterEdit(status: StoryStatus, protectiveOnly: boolean): StoryStatus | 'REFUSED' {
  if (status === StoryStatus.APPROVED) return protectiveOnly ? status : StoryStatus.IN_REVIEW;
  if (EDITABLE_STATUSES.includes(status)) return status;
  if (status === StoryStatus.PUBLISHED || status === StoryStatus.ARCHIVED) return protectiveOnly ? status : 'REFUSED';
  return 'REFUSED';
}
