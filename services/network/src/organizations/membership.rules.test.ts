import { demoNetwork, MEMBERSHIP_STAGES } from '@best/demo';
import { allowedMoves, assertAllowedMove, isAllowedMove, MEMBERSHIP_MOVES } from './membership.rules';
import { MembershipStage } from './organization.enums';

describe('the membership pipeline', () => {
  it('knows every stage of the demo vocabulary', () => {
    expect(Object.keys(MEMBERSHIP_MOVES).sort()).toEqual([...MEMBERSHIP_STAGES].sort());
  });

  it.each([
    ['IDENTIFIED', 'CONTACTED'],
    ['CONTACTED', 'INVITED'],
    ['INVITED', 'MEMBER'],
    ['IDENTIFIED', 'DECLINED'],
    ['CONTACTED', 'DECLINED'],
    ['INVITED', 'DECLINED'],
    ['DECLINED', 'CONTACTED'],
    ['MEMBER', 'INACTIVE'],
    ['INACTIVE', 'MEMBER'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(isAllowedMove(MembershipStage[from], MembershipStage[to])).toBe(true);
  });

  it.each([
    ['IDENTIFIED', 'MEMBER'],
    ['IDENTIFIED', 'INVITED'],
    ['CONTACTED', 'MEMBER'],
    ['MEMBER', 'DECLINED'],
    ['DECLINED', 'MEMBER'],
    ['INACTIVE', 'CONTACTED'],
    ['MEMBER', 'MEMBER'],
  ] as const)('refuses %s → %s, naming the allowed moves', (from, to) => {
    expect(() => assertAllowedMove('Org', MembershipStage[from], MembershipStage[to])).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          allowedStages: [...allowedMoves(MembershipStage[from])],
        }),
      }),
    );
  });

  it('the message says where the organisation is and where it can go', () => {
    expect(() => assertAllowedMove('Ponti Aperti', MembershipStage.IDENTIFIED, MembershipStage.MEMBER)).toThrow(
      'Ponti Aperti is IDENTIFIED: it can move to CONTACTED or DECLINED, not to MEMBER.',
    );
  });

  it('every demo organisation reached its stage by allowed moves only', () => {
    for (const organization of demoNetwork().organizations) {
      organization.history.slice(1).forEach((step) => {
        expect(isAllowedMove(step.from as MembershipStage, step.to as MembershipStage)).toBe(true);
      });
    }
  });
});
