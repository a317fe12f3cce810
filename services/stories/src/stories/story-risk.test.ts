import { StorytellerRiskFlag } from './story.enums';
import { effectiveRiskFlags, isAtRisk } from './story-risk';

describe('isAtRisk', () => {
  it('is true for any risk flag and always for a minor', () => {
    expect(isAtRisk({ riskFlags: ['ASYLUM_CLAIM_ONGOING'], isMinor: false })).toBe(true);
    expect(isAtRisk({ riskFlags: ['FAMILY_IN_COUNTRY_OF_ORIGIN'], isMinor: false })).toBe(true);
    expect(isAtRisk({ riskFlags: [], isMinor: true })).toBe(true);
  });

  it('is false for an adult storyteller without flags', () => {
    expect(isAtRisk({ riskFlags: [], isMinor: false })).toBe(false);
  });
});

describe('effectiveRiskFlags', () => {
  it('adds MINOR for a minor, once, in a stable order', () => {
    expect(effectiveRiskFlags([StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING], true)).toEqual([
      StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING,
      StorytellerRiskFlag.MINOR,
    ]);
    expect(effectiveRiskFlags([StorytellerRiskFlag.MINOR, StorytellerRiskFlag.MINOR], true)).toEqual([
      StorytellerRiskFlag.MINOR,
    ]);
  });

  it('keeps the flags given for an adult, MINOR included when staff set it', () => {
    expect(effectiveRiskFlags([], false)).toEqual([]);
    expect(effectiveRiskFlags([StorytellerRiskFlag.MINOR], false)).toEqual([StorytellerRiskFlag.MINOR]);
  });
});
