import { allowedPhases, deadlineRefusal, isAllowedMove } from './award-edition-phase.rules';
import { AwardEditionPhase as P } from './award-edition.enums';

const now = new Date('2030-05-01T12:00:00Z');
const before = new Date('2030-04-01T00:00:00Z');
const after = new Date('2030-06-01T00:00:00Z');
const edition = (opensAt: Date | null, nominationsCloseAt: Date | null) => ({
  title: 'Test award',
  opensAt,
  nominationsCloseAt,
});

describe('phase moves', () => {
  it('go one phase forward, and back only from nominations open to draft', () => {
    expect(allowedPhases(P.DRAFT)).toEqual([P.NOMINATIONS_OPEN]);
    expect(allowedPhases(P.NOMINATIONS_OPEN)).toEqual([P.JUDGING, P.DRAFT]);
    expect(allowedPhases(P.JUDGING)).toEqual([P.DECIDED]);
    expect(allowedPhases(P.DECIDED)).toEqual([P.ANNOUNCED]);
    expect(allowedPhases(P.ANNOUNCED)).toEqual([]);
    expect(isAllowedMove(P.DRAFT, P.JUDGING)).toBe(false);
    expect(isAllowedMove(P.DECIDED, P.JUDGING)).toBe(false);
  });
});

describe('the calendar of a move', () => {
  it('opens nominations from opensAt on, never earlier', () => {
    expect(deadlineRefusal(edition(after, after), P.NOMINATIONS_OPEN, now)).toMatchObject({ notBefore: after });
    expect(deadlineRefusal(edition(before, after), P.NOMINATIONS_OPEN, now)).toBeNull();
    expect(deadlineRefusal(edition(null, after), P.NOMINATIONS_OPEN, now)).toBeNull();
  });

  it('does not open nominations whose closing date has passed', () => {
    expect(deadlineRefusal(edition(null, before), P.NOMINATIONS_OPEN, now)?.message).toContain('has passed');
  });

  it('starts judging only once nominations have closed', () => {
    expect(deadlineRefusal(edition(null, after), P.JUDGING, now)).toMatchObject({ notBefore: after });
    expect(deadlineRefusal(edition(null, before), P.JUDGING, now)).toBeNull();
  });

  it('has no date rule for deciding, announcing or going back to draft', () => {
    for (const to of [P.DECIDED, P.ANNOUNCED, P.DRAFT])
      expect(deadlineRefusal(edition(after, after), to, now)).toBeNull();
  });
});
