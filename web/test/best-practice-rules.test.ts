import {
  approvesBestPractices,
  isTheme,
  readsManualDrafts,
  themesFrom,
  winnersAwaitingApproval,
} from '../src/routes/awards/BestPracticeRules';

// The best-practice pages' small rules (src/routes/awards/BestPracticeRules.ts).

const viewer = (role: 'ADMIN' | 'NATIONAL_COORDINATOR' | 'ORGANIZATION_MEMBER' | 'JUROR' | 'VIEWER') => ({
  __typename: 'Account' as const,
  id: 'a',
  email: 'a@best.example',
  displayName: 'A',
  role,
  countryCode: 'MT',
  organization: null,
});

describe('the best-practice pages', () => {
  it('offers approval to the winners not approved yet, edition by edition', () => {
    const editions = [
      {
        id: 'de-2017',
        title: 'Germany 2017',
        decision: {
          winners: [
            { id: 'n1', initiative: { id: 'i1', title: 'Kitchen of Many' } },
            { id: 'n2', initiative: { id: 'i2', title: 'Football Without Borders' } },
          ],
        },
      },
      { id: 'be-2017', title: 'Belgium 2017', decision: null },
      {
        id: 'it-2017',
        title: 'Italy 2017',
        decision: { winners: [{ id: 'n3', initiative: { id: 'i3', title: 'Orti' } }] },
      },
    ];
    expect(winnersAwaitingApproval(editions, ['n1'])).toEqual([
      {
        nominationId: 'n2',
        initiativeId: 'i2',
        initiativeTitle: 'Football Without Borders',
        editionId: 'de-2017',
        editionTitle: 'Germany 2017',
      },
      {
        nominationId: 'n3',
        initiativeId: 'i3',
        initiativeTitle: 'Orti',
        editionId: 'it-2017',
        editionTitle: 'Italy 2017',
      },
    ]);
    expect(winnersAwaitingApproval(editions, ['n1', 'n2', 'n3'])).toEqual([]);
  });

  it('reads themes typed with commas as theme keys, each once', () => {
    expect(themesFrom(' Sport, language cafe,,sport , Housing ')).toEqual(['sport', 'language-cafe', 'housing']);
    expect(themesFrom('   ')).toEqual([]);
  });

  it('asks for a theme filter only when it is a theme key', () => {
    expect(isTheme('language-cafe')).toBe(true);
    expect(isTheme('Language Cafe')).toBe(false);
    expect(isTheme('sport-')).toBe(false);
    expect(isTheme('a'.repeat(61))).toBe(false);
  });

  it('offers approving, revising and building manuals to admins only', () => {
    expect(approvesBestPractices(viewer('ADMIN'))).toBe(true);
    for (const role of ['NATIONAL_COORDINATOR', 'ORGANIZATION_MEMBER', 'JUROR', 'VIEWER'] as const) {
      expect(approvesBestPractices(viewer(role))).toBe(false);
    }
    expect(approvesBestPractices(null)).toBe(false);
  });

  it('tells admins and coordinators, nobody else, that drafts are listed', () => {
    expect(readsManualDrafts(viewer('ADMIN'))).toBe(true);
    expect(readsManualDrafts(viewer('NATIONAL_COORDINATOR'))).toBe(true);
    expect(readsManualDrafts(viewer('ORGANIZATION_MEMBER'))).toBe(false);
    expect(readsManualDrafts(undefined)).toBe(false);
  });
});
