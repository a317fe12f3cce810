import { accountIdFrom, notStarted, unseatedCandidates } from '../src/routes/awards/JuryRules';

// The jury page's small rules (src/routes/awards/JuryRules.ts).

describe('the jury page', () => {
  it('offers only accounts not on the jury yet, by name', () => {
    const accounts = [
      { id: 'B2F0A7C4-0000-4000-8000-000000000002', displayName: 'Zoé Martin' },
      { id: 'b2f0a7c4-0000-4000-8000-000000000001', displayName: 'Ana Costa' },
      { id: 'b2f0a7c4-0000-4000-8000-000000000003', displayName: 'Luca Bianchi' },
    ];
    const jury = [{ jurorAccountId: 'b2f0a7c4-0000-4000-8000-000000000002' }];
    expect(unseatedCandidates(accounts, jury).map((a) => a.displayName)).toEqual(['Ana Costa', 'Luca Bianchi']);
  });

  it('counts the nominations a juror has not opened, never below zero', () => {
    expect(notStarted({ toScore: 5, submitted: 2, drafts: 1 })).toBe(2);
    expect(notStarted({ toScore: 1, submitted: 1, drafts: 1 })).toBe(0);
  });

  it('takes an account id as a UUID only', () => {
    expect(accountIdFrom(' 0F8C1E2A-1B2C-4D3E-8F90-A1B2C3D4E5F6 ')).toBe('0f8c1e2a-1b2c-4d3e-8f90-a1b2c3d4e5f6');
    expect(accountIdFrom('juror@best.example')).toBeNull();
  });
});
