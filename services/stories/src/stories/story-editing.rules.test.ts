import { StoryStatus, StorytellerRiskFlag } from './story.enums';
import { isProtectiveOnly, statusAfterEdit } from './story-editing.rules';

const F = StorytellerRiskFlag;
const plain = { riskFlags: [] as StorytellerRiskFlag[], isMinor: false };

describe('isProtectiveOnly', () => {
  it('counts adding risk flags and marking a minor as protective', () => {
    expect(isProtectiveOnly(plain, { riskFlags: [F.ASYLUM_CLAIM_ONGOING] })).toBe(true);
    expect(isProtectiveOnly(plain, { isMinor: true })).toBe(true);
    expect(isProtectiveOnly({ ...plain, riskFlags: [F.MINOR] }, { riskFlags: [F.MINOR, F.ASYLUM_CLAIM_ONGOING] })).toBe(
      true,
    );
  });

  it('does not count removing a flag, unmarking a minor or any other field', () => {
    expect(isProtectiveOnly({ ...plain, riskFlags: [F.ASYLUM_CLAIM_ONGOING] }, { riskFlags: [] })).toBe(false);
    expect(isProtectiveOnly({ ...plain, isMinor: true }, { isMinor: false })).toBe(false);
    expect(isProtectiveOnly(plain, { title: 'New title' })).toBe(false);
    expect(isProtectiveOnly(plain, { riskFlags: [F.MINOR], title: 'New title' })).toBe(false);
  });
});

describe('statusAfterEdit', () => {
  it('keeps drafts and stories in review where they are', () => {
    expect(statusAfterEdit(StoryStatus.DRAFT, false)).toBe(StoryStatus.DRAFT);
    expect(statusAfterEdit(StoryStatus.IN_REVIEW, false)).toBe(StoryStatus.IN_REVIEW);
  });

  it('sends an approved story back to review unless the change only protects the storyteller', () => {
    expect(statusAfterEdit(StoryStatus.APPROVED, false)).toBe(StoryStatus.IN_REVIEW);
    expect(statusAfterEdit(StoryStatus.APPROVED, true)).toBe(StoryStatus.APPROVED);
  });

  it('allows only protective changes to published and archived stories, and nothing to withdrawn ones', () => {
    expect(statusAfterEdit(StoryStatus.PUBLISHED, false)).toBe('REFUSED');
    expect(statusAfterEdit(StoryStatus.PUBLISHED, true)).toBe(StoryStatus.PUBLISHED);
    expect(statusAfterEdit(StoryStatus.ARCHIVED, false)).toBe('REFUSED');
    expect(statusAfterEdit(StoryStatus.ARCHIVED, true)).toBe(StoryStatus.ARCHIVED);
    expect(statusAfterEdit(StoryStatus.WITHDRAWN, true)).toBe('REFUSED');
  });
});
