import { randomUUID } from 'node:crypto';
import { codeOf, gatewayDouble, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { NOMINATION_LIMITS } from '../src/nominations/nomination.limits';
import { seed } from './seed';

// The public's nomination form: anyone, not signed in, while nominations are open, with a name and
// an email address only the staff read; guarded by a spam trap and hourly limits.

const runner = randomUUID();
const runsIt = new Set<string>();
let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, {
    gateway: gatewayDouble({
      AwardsInitiativeOrganization: ({ id }) => ({
        initiative: { id, organization: runsIt.has(id as string) ? { id: runner } : null },
      }),
    }),
  });
});
afterAll(async () => {
  await awards?.stop();
});

const SUBMIT = `mutation($input: SubmitNominationInput!) {
  submitNomination(input: $input) { nomination { id status statement nominatedBy nominatorEmail } } }`;
const READ = `query($id: ID!) { nomination(id: $id) { id nominatedBy nominatorEmail } }`;
const STATEMENT = 'Neighbours and newcomers repair bicycles together every Saturday.';

const openEdition = (countryCode: string, phase = AwardEditionPhase.NOMINATIONS_OPEN) =>
  seed(awards).edition({ countryCode, phase });
const publicInput = (edition: AwardEdition, extra: Record<string, unknown> = {}) => ({
  editionId: edition.id,
  initiativeId: randomUUID(),
  statement: STATEMENT,
  nominatorName: '  Maria Borg ',
  nominatorEmail: 'maria.borg@example.org',
  ...extra,
});
const stored = async (editionId: string) =>
  awards.dataSource.query(
    'SELECT nominated_by, nominator_email, nominator_account_id FROM nomination WHERE edition_id = $1',
    [editionId],
  );

describe('a nomination from the public', () => {
  it('is recorded while nominations are open, with the name as who nominated it and the email kept', async () => {
    const edition = await openEdition('MT');
    const answer = await awards.ok(SUBMIT, { input: publicInput(edition) });
    expect(answer.submitNomination.nomination).toMatchObject({
      status: 'SUBMITTED',
      statement: STATEMENT,
      // The public reads neither who nominated (any nomination) nor a contact address.
      nominatedBy: null,
      nominatorEmail: null,
    });
    expect(await stored(edition.id)).toEqual([
      { nominated_by: 'Maria Borg', nominator_email: 'maria.borg@example.org', nominator_account_id: null },
    ]);
  });

  it('its email address is read by admins and the coordinator of the edition’s country only; the network reads the name', async () => {
    const edition = await openEdition('MT');
    const { id } = (await awards.ok(SUBMIT, { input: publicInput(edition) })).submitNomination.nomination;
    const read = async (viewer: Parameters<TestSubgraph['ok']>[2]) =>
      (await awards.ok(READ, { id }, viewer)).nomination;
    for (const staff of [viewers.admin(), viewers.coordinator('MT')]) {
      expect(await read(staff)).toEqual({ id, nominatedBy: 'Maria Borg', nominatorEmail: 'maria.borg@example.org' });
    }
    for (const other of [viewers.coordinator('IT'), viewers.member(randomUUID(), 'MT'), viewers.viewer()]) {
      expect(await read(other)).toEqual({ id, nominatedBy: 'Maria Borg', nominatorEmail: null });
    }
    expect(await read(undefined)).toBeNull();
  });

  it('needs the nominator’s name and a valid email address (BAD_USER_INPUT naming each)', async () => {
    const edition = await openEdition('MT');
    const missing = await awards.gql(SUBMIT, {
      input: publicInput(edition, { nominatorName: null, nominatorEmail: null }),
    });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(problemFields(missing)).toEqual(expect.arrayContaining(['nominatorName', 'nominatorEmail']));
    const blank = await awards.gql(SUBMIT, { input: publicInput(edition, { nominatorName: '   ' }) });
    expect(problemFields(blank)).toEqual(['nominatorName']);
    const badEmail = await awards.gql(SUBMIT, { input: publicInput(edition, { nominatorEmail: 'maria at home' }) });
    expect(codeOf(badEmail)).toBe('BAD_USER_INPUT');
    expect(problemFields(badEmail)).toEqual(['nominatorEmail']);
    expect(await stored(edition.id)).toEqual([]);
  });

  it('is refused (CONFLICT) when the edition does not take nominations, and NOT_FOUND for an unknown edition', async () => {
    const draft = await openEdition('MT', AwardEditionPhase.DRAFT);
    expect(codeOf(await awards.gql(SUBMIT, { input: publicInput(draft) }))).toBe('CONFLICT');
    const unknown = { ...draft, id: randomUUID() };
    expect(codeOf(await awards.gql(SUBMIT, { input: publicInput(unknown) }))).toBe('NOT_FOUND');
  });

  it('caught by the spam trap is answered like any other and not recorded', async () => {
    const edition = await openEdition('MT');
    const answer = await awards.ok(SUBMIT, { input: publicInput(edition, { homepage: 'http://spam.example' }) });
    expect(answer.submitNomination.nomination).toMatchObject({ status: 'SUBMITTED', statement: STATEMENT });
    expect(await stored(edition.id)).toEqual([]);
  });

  it('flags the jurors whose organisation runs the initiative, as any nomination does', async () => {
    const edition = await openEdition('MT');
    const juror = viewers.juror(randomUUID());
    await awards.dataSource.query(
      `INSERT INTO jury_member (edition_id, juror_account_id, display_name, assigned_by, juror_organization_id)
       VALUES ($1, $2, 'Juror', 'Test', $3)`,
      [edition.id, juror.id, runner],
    );
    const initiativeId = randomUUID();
    runsIt.add(initiativeId);
    await awards.ok(SUBMIT, { input: publicInput(edition, { initiativeId }) });
    const [{ kind }] = await awards.dataSource.query('SELECT kind FROM jury_conflict WHERE edition_id = $1', [
      edition.id,
    ]);
    expect(kind).toBe('DETECTED');
  });
});

describe('signed-in nominators', () => {
  it('nominate as themselves: a name or email address in the input is BAD_USER_INPUT', async () => {
    const edition = await openEdition('MT');
    const member = viewers.member(randomUUID(), 'MT');
    const answer = await awards.gql(SUBMIT, { input: publicInput(edition) }, member);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(problemFields(answer)).toEqual(['nominatorName', 'nominatorEmail']);
    const { nominatorName: _n, nominatorEmail: _e, ...own } = publicInput(edition);
    expect((await awards.ok(SUBMIT, { input: own }, member)).submitNomination.nomination.nominatedBy).toBe(
      'Test Member',
    );
  });
});

describe('the intake limits', () => {
  /** Nominations that arrived in the last hour, written straight to the table. */
  async function arrived(edition: AwardEdition, count: number, who: { email?: string; account?: string }) {
    await awards.dataSource.query(
      `INSERT INTO nomination (edition_id, initiative_id, nominated_by, statement, nominator_email, nominator_account_id, submitted_at)
       SELECT $1, gen_random_uuid(), 'Someone', $2, $3, $4, now() - interval '30 minutes' FROM generate_series(1, $5)`,
      [edition.id, STATEMENT, who.email ?? null, who.account ?? null, count],
    );
  }

  it('the public may send a country so many nominations an hour (RATE_LIMITED with retryAfterSeconds); another country is not held back', async () => {
    const edition = await openEdition('HR');
    await arrived(edition, NOMINATION_LIMITS.publicPerCountryPerHour - 1, { email: 'x@example.org' });
    await awards.ok(SUBMIT, { input: publicInput(edition) });
    const refused = await awards.gql(SUBMIT, { input: publicInput(edition) });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0].extensions?.retryAfterSeconds).toBe(3600);
    // Signed-in nominators of the same country do not count against the public, nor are they held back by it.
    await awards.ok(
      SUBMIT,
      { input: { editionId: edition.id, initiativeId: randomUUID(), statement: STATEMENT } },
      viewers.coordinator('HR'),
    );
    await awards.ok(SUBMIT, { input: publicInput(await openEdition('RO')) });
  });

  it('one signed-in account may submit so many an hour (RATE_LIMITED); another account may go on', async () => {
    const edition = await openEdition('PT');
    const member = { ...viewers.member(randomUUID(), 'PT'), id: randomUUID() };
    await arrived(edition, NOMINATION_LIMITS.perViewerPerHour, { account: member.id });
    const own = () => ({ editionId: edition.id, initiativeId: randomUUID(), statement: STATEMENT });
    expect(codeOf(await awards.gql(SUBMIT, { input: own() }, member))).toBe('RATE_LIMITED');
    await awards.ok(SUBMIT, { input: own() }, { ...member, id: randomUUID() });
  });

  it('staff, who run the award, are not held to the hourly limit', async () => {
    const edition = await openEdition('PT');
    const coordinator = viewers.coordinator('PT');
    await arrived(edition, NOMINATION_LIMITS.perViewerPerHour, { account: coordinator.id! });
    await awards.ok(
      SUBMIT,
      { input: { editionId: edition.id, initiativeId: randomUUID(), statement: STATEMENT } },
      coordinator,
    );
  });
});
