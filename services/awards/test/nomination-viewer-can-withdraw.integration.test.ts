import { codeOf, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Scope, type Viewer } from '@best/kit';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { nominations, WITHDRAW } from './nomination-helpers';

// `Nomination.viewerCanWithdraw` answers what `withdrawNomination` would do for the caller: every
// case below reads the field, then withdraws, and the two agree.

let awards: TestSubgraph;
let helpers: ReturnType<typeof nominations>;

const ORGANISATION = '0d000000-0000-4000-8000-00000000f701';
const nominator = viewers.member(ORGANISATION, 'PT');
const colleague = { ...viewers.member(ORGANISATION, 'PT'), id: '0d000000-0000-4000-8000-00000000f702' };
const otherOrganisation = {
  ...viewers.member('0d000000-0000-4000-8000-00000000f703', 'PT'),
  id: '0d000000-0000-4000-8000-00000000f704',
};
const otherCountry = {
  ...viewers.member('0d000000-0000-4000-8000-00000000f705', 'ES'),
  id: '0d000000-0000-4000-8000-00000000f706',
};
const REASON = 'The initiative asked us to wait for next year.';
const READ = `query($id: ID!) { nomination(id: $id) { id version viewerCanWithdraw } }`;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  helpers = nominations(awards);
});

afterAll(async () => {
  await awards?.stop();
});

const canWithdraw = async (id: string, caller: Viewer): Promise<boolean> =>
  (await awards.ok(READ, { id }, caller)).nomination.viewerCanWithdraw;

/** Withdraws as `caller`: null when it was withdrawn, else the refusal's code. */
async function tryWithdraw(id: string, caller: Viewer): Promise<unknown> {
  const version = (await awards.ok(READ, { id }, viewers.admin())).nomination.version;
  const result = await awards.gql(WITHDRAW, { input: { id, expectedVersion: version, reason: REASON } }, caller);
  return codeOf(result) ?? null;
}

describe('Nomination.viewerCanWithdraw', () => {
  let edition: AwardEdition;
  beforeAll(async () => {
    edition = await helpers.openEdition('PT');
  });

  it.each([
    ['the member who nominated it', nominator],
    ['a colleague of the same organisation', colleague],
    ["the organisation's WRITE token", viewers.token(ORGANISATION, 'PT', [Scope.READ, Scope.WRITE])],
  ])('is true for %s, who then withdraws it', async (_who, caller) => {
    const { id } = await helpers.nominate(edition, nominator);
    expect(await canWithdraw(id, caller)).toBe(true);
    expect(await tryWithdraw(id, caller)).toBeNull();
  });

  it.each([
    ['a member of another organisation of the country', otherOrganisation],
    ["another country's member", otherCountry],
    ["the organisation's READ token", viewers.token(ORGANISATION, 'PT', [Scope.READ])],
    ["the country's coordinator, who screens it instead", viewers.coordinator('PT')],
    ['an admin who did not nominate it', viewers.admin()],
  ])('is false for %s, whom withdrawNomination refuses (FORBIDDEN)', async (_who, caller) => {
    const { id } = await helpers.nominate(edition, nominator);
    expect(await canWithdraw(id, caller)).toBe(false);
    expect(await tryWithdraw(id, caller)).toBe('FORBIDDEN');
  });

  it('is true for the coordinator who nominated it, and false for the same role from another account', async () => {
    const coordinator = viewers.coordinator('PT');
    const { id } = await helpers.nominate(edition, coordinator);
    const otherCoordinator = { ...coordinator, id: '0d000000-0000-4000-8000-00000000f707' };
    expect(await canWithdraw(id, otherCoordinator)).toBe(false);
    expect(await tryWithdraw(id, otherCoordinator)).toBe('FORBIDDEN');
    expect(await canWithdraw(id, coordinator)).toBe(true);
    expect(await tryWithdraw(id, coordinator)).toBeNull();
  });

  it('is false for the nominator once the nomination is withdrawn (CONFLICT on a second withdrawal)', async () => {
    const { id } = await helpers.nominate(edition, nominator);
    expect(await tryWithdraw(id, nominator)).toBeNull();
    expect(await canWithdraw(id, nominator)).toBe(false);
    expect(await tryWithdraw(id, nominator)).toBe('CONFLICT');
  });

  it('is false for the nominator once judging has started (CONFLICT)', async () => {
    const judged = await helpers.openEdition('PT');
    const { id } = await helpers.nominate(judged, nominator);
    expect(await canWithdraw(id, nominator)).toBe(true);
    await helpers.moveTo(judged, AwardEditionPhase.JUDGING);
    expect(await canWithdraw(id, nominator)).toBe(false);
    expect(await tryWithdraw(id, nominator)).toBe('CONFLICT');
  });
});
