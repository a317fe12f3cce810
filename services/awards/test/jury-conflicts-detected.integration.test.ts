import { randomUUID } from 'node:crypto';
import { createRequestContext, SYSTEM } from '@best/kit';
import { codeOf, gatewayDouble, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { seed } from './seed';
import { COMPLETE, DECLARE, WITHDRAW } from './score-builders';

// The network as the gateway answers awards (a double: the real path is tested end to end in the stack).
const initiativeOrganization = new Map<string, string>();
const accountOrganization = new Map<string, string>();
const network = gatewayDouble({
  AwardsInitiativeOrganization: ({ id }) => ({
    initiative: {
      id,
      organization: initiativeOrganization.has(id as string) ? { id: initiativeOrganization.get(id as string) } : null,
    },
  }),
  AwardsJurorOrganization: ({ id }) => ({
    account: {
      id,
      organization: accountOrganization.has(id as string) ? { id: accountOrganization.get(id as string) } : null,
    },
  }),
});

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, { gateway: network });
});
afterAll(async () => {
  await awards?.stop();
});
afterEach(() => network.comeBack());

const coordinator = viewers.coordinator('IT');
const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id } } }`;
const ASSIGN = `mutation($input: AssignJurorInput!) { assignJuror(input: $input) { juryMember { id } } }`;
const CONFLICTS = `query($id: ID!) { awardEdition(id: $id) { conflicts { nominationId jurorAccountId kind reason } } }`;
const NOMINATION = `query($id: ID!) { nomination(id: $id) { id viewerHasConflict } }`;
const EDITION_NOMINATIONS = `query($id: ID!) { awardEdition(id: $id) { nominations { nodes { id } } } }`;
const SAVE = `mutation($input: SaveScoresInput!) { saveScores(input: $input) { scorecard { id } } }`;

const organization = () => randomUUID();
/** An initiative the network says `organizationId` runs. */
function initiativeRunBy(organizationId: string): string {
  const id = randomUUID();
  initiativeOrganization.set(id, organizationId);
  return id;
}
/** A juror's account, a member of `organizationId` in the network (or of none). */
function jurorOf(organizationId?: string) {
  const viewer = viewers.juror(randomUUID());
  if (organizationId) accountOrganization.set(viewer.id!, organizationId);
  return viewer;
}

async function openEdition(): Promise<AwardEdition> {
  return seed(awards).edition({ countryCode: 'IT', phase: AwardEditionPhase.NOMINATIONS_OPEN });
}
async function submit(edition: AwardEdition, initiativeId: string, as = coordinator): Promise<string> {
  const data = await awards.ok(
    SUBMIT,
    { input: { editionId: edition.id, initiativeId, statement: 'Neighbours and newcomers cook together.' } },
    as,
  );
  return data.submitNomination.nomination.id;
}
const assign = (edition: AwardEdition, jurorAccountId: string) =>
  awards.ok(ASSIGN, { input: { editionId: edition.id, jurorAccountId, displayName: 'Juror' } }, coordinator);
/** The move to JUDGING as a request makes it: with the subgraph's reader of the gateway. */
const startJudging = (edition: AwardEdition) =>
  new AwardEditionService(
    createRequestContext(awardsSubgraph.createLoaders, awards.dataSource, { viewer: SYSTEM, gateway: network }),
  ).advancePhase(edition.id);
const conflicts = async (edition: AwardEdition) =>
  (await awards.ok(CONFLICTS, { id: edition.id }, coordinator)).awardEdition.conflicts;
const seen = async (edition: AwardEdition, as: ReturnType<typeof viewers.juror>) =>
  (await awards.ok(EDITION_NOMINATIONS, { id: edition.id }, as)).awardEdition.nominations.nodes.map(
    (n: { id: string }) => n.id,
  );

describe('conflicts detected by the platform from the network', () => {
  it('a juror whose organisation runs the initiative neither sees nor scores its nomination; a juror of another organisation does', async () => {
    const runner = organization();
    const edition = await openEdition();
    const nominationId = await submit(edition, initiativeRunBy(runner));
    const [conflicted, other] = [jurorOf(runner), jurorOf(organization())];
    await assign(edition, conflicted.id!);
    await assign(edition, other.id!);
    await startJudging(edition);
    await awards.dataSource.query(`UPDATE nomination SET status = 'ELIGIBLE', eligibility = 'ELIGIBLE' WHERE id = $1`, [
      nominationId,
    ]);

    expect(await conflicts(edition)).toEqual([
      {
        nominationId,
        jurorAccountId: conflicted.id,
        kind: 'DETECTED',
        reason: "The juror's organisation runs the initiative.",
      },
    ]);
    expect((await awards.ok(NOMINATION, { id: nominationId }, conflicted)).nomination).toBeNull();
    expect(await seen(edition, conflicted)).toEqual([]);
    expect(codeOf(await awards.gql(SAVE, { input: { nominationId, scores: COMPLETE } }, conflicted))).toBe('FORBIDDEN');

    expect((await awards.ok(NOMINATION, { id: nominationId }, other)).nomination).toEqual({
      id: nominationId,
      viewerHasConflict: false,
    });
    expect(await seen(edition, other)).toEqual([nominationId]);
    await awards.ok(SAVE, { input: { nominationId, scores: COMPLETE } }, other);
  });

  it('a member of the organisation running the initiative, on the jury, neither sees nor scores its nomination; a colleague not on the jury and staff on the jury still read it', async () => {
    const runner = organization();
    const edition = await openEdition();
    const nominationId = await submit(edition, initiativeRunBy(runner));
    const other = await submit(edition, initiativeRunBy(organization()));
    const member = { ...viewers.member(runner, 'IT'), id: randomUUID() };
    const colleague = { ...viewers.member(runner, 'IT'), id: randomUUID() };
    const staff = { ...viewers.coordinator('IT'), id: randomUUID() };
    accountOrganization.set(member.id, runner);
    await assign(edition, member.id);
    await assign(edition, staff.id);
    await startJudging(edition);
    await awards.dataSource.query(
      `UPDATE nomination SET status = 'ELIGIBLE', eligibility = 'ELIGIBLE' WHERE id = ANY($1)`,
      [[nominationId, other]],
    );

    expect((await awards.ok(NOMINATION, { id: nominationId }, member)).nomination).toBeNull();
    expect(await seen(edition, member)).toEqual([other]);
    expect(codeOf(await awards.gql(SAVE, { input: { nominationId, scores: COMPLETE } }, member))).toBe('FORBIDDEN');
    await awards.ok(SAVE, { input: { nominationId: other, scores: COMPLETE } }, member);

    expect((await awards.ok(NOMINATION, { id: nominationId }, colleague)).nomination).toEqual({
      id: nominationId,
      viewerHasConflict: false,
    });
    expect((await awards.ok(NOMINATION, { id: nominationId }, staff)).nomination.id).toBe(nominationId);
  });

  it('is flagged as soon as the nomination arrives when the juror was assigned first, and as soon as the juror is assigned when it was the other way round', async () => {
    const runner = organization();
    const edition = await openEdition();
    const early = jurorOf(runner);
    await assign(edition, early.id!);
    const nominationId = await submit(edition, initiativeRunBy(runner));
    expect((await conflicts(edition)).map((c: { jurorAccountId: string }) => c.jurorAccountId)).toEqual([early.id]);
    const late = jurorOf(runner);
    await assign(edition, late.id!);
    expect(await conflicts(edition)).toEqual([
      expect.objectContaining({ nominationId, jurorAccountId: early.id, kind: 'DETECTED' }),
      expect.objectContaining({ nominationId, jurorAccountId: late.id, kind: 'DETECTED' }),
    ]);
  });

  it('flags the juror who nominated it and a juror whose organisation nominated it, and no one for an initiative the network gives no organisation', async () => {
    const nominators = organization();
    const edition = await openEdition();
    const member = viewers.member(nominators, 'IT');
    const nominationId = await submit(edition, randomUUID(), member);
    const colleague = jurorOf(nominators);
    const stranger = jurorOf(organization());
    for (const juror of [member.id!, colleague.id!, stranger.id!]) await assign(edition, juror);
    expect(await conflicts(edition)).toEqual([
      { nominationId, jurorAccountId: member.id, kind: 'DETECTED', reason: 'The juror nominated it.' },
      {
        nominationId,
        jurorAccountId: colleague.id,
        kind: 'DETECTED',
        reason: "The juror's organisation nominated it.",
      },
    ]);
  });

  it('a detected conflict makes viewerHasConflict true (an admin on the jury still reads the nomination)', async () => {
    const runner = organization();
    const edition = await openEdition();
    const nominationId = await submit(edition, initiativeRunBy(runner));
    const admin = { ...viewers.admin(), id: randomUUID() };
    accountOrganization.set(admin.id, runner);
    await assign(edition, admin.id);
    expect((await awards.ok(NOMINATION, { id: nominationId }, admin)).nomination.viewerHasConflict).toBe(true);
    expect((await awards.ok(NOMINATION, { id: nominationId }, viewers.admin())).nomination.viewerHasConflict).toBe(
      false,
    );
  });

  it('a juror cannot withdraw a detected conflict, nor declare it again', async () => {
    const runner = organization();
    const edition = await openEdition();
    const nominationId = await submit(edition, initiativeRunBy(runner));
    const juror = jurorOf(runner);
    await assign(edition, juror.id!);
    await startJudging(edition);
    const withdrawn = await awards.gql(WITHDRAW, { input: { nominationId } }, juror);
    expect(codeOf(withdrawn)).toBe('CONFLICT');
    expect(withdrawn.body.errors?.[0].message).toMatch(/cannot be withdrawn/);
    const declared = await awards.gql(DECLARE, { input: { nominationId, reason: 'I work there.' } }, juror);
    expect(codeOf(declared)).toBe('CONFLICT');
    expect(await conflicts(edition)).toEqual([expect.objectContaining({ jurorAccountId: juror.id, kind: 'DETECTED' })]);
  });

  it('withdrawing a declared conflict that the platform also finds leaves the detected one in its place', async () => {
    const edition = await openEdition();
    const juror = jurorOf();
    const initiativeId = randomUUID();
    const nominationId = await submit(edition, initiativeId);
    await assign(edition, juror.id!);
    await startJudging(edition);
    await awards.ok(DECLARE, { input: { nominationId, reason: 'I know its founder.' } }, juror);
    // Detected only from what awards keeps: the juror's organisation, as read at the next refresh.
    const runner = organization();
    await awards.dataSource.query('UPDATE jury_member SET juror_organization_id = $1 WHERE juror_account_id = $2', [
      runner,
      juror.id,
    ]);
    await awards.dataSource.query('UPDATE nomination SET initiative_organization_id = $1 WHERE id = $2', [
      runner,
      nominationId,
    ]);
    await awards.ok(WITHDRAW, { input: { nominationId } }, juror);
    expect(await conflicts(edition)).toEqual([
      {
        nominationId,
        jurorAccountId: juror.id,
        kind: 'DETECTED',
        reason: "The juror's organisation runs the initiative.",
      },
    ]);
  });

  it('the move to JUDGING reads the network afresh: a juror who joined the organisation since is flagged, one who left is not any more, a declared conflict stays', async () => {
    const runner = organization();
    const edition = await openEdition();
    const initiativeId = initiativeRunBy(runner);
    const nominationId = await submit(edition, initiativeId);
    const leaver = jurorOf(runner);
    const joiner = jurorOf(organization());
    const declarer = { ...viewers.admin(), id: randomUUID() };
    for (const juror of [leaver.id!, joiner.id!, declarer.id]) await assign(edition, juror);
    expect((await conflicts(edition)).map((c: { jurorAccountId: string }) => c.jurorAccountId)).toEqual([leaver.id]);
    accountOrganization.set(leaver.id!, organization());
    accountOrganization.set(joiner.id!, runner);
    await awards.dataSource.query(
      `INSERT INTO jury_conflict (edition_id, nomination_id, juror_account_id, reason) VALUES ($1, $2, $3, 'Declared.')`,
      [edition.id, nominationId, declarer.id],
    );
    await startJudging(edition);
    expect(await conflicts(edition)).toEqual([
      expect.objectContaining({ jurorAccountId: declarer.id, kind: 'DECLARED', reason: 'Declared.' }),
      expect.objectContaining({ jurorAccountId: joiner.id, kind: 'DETECTED' }),
    ]);
    expect(await seen(edition, leaver)).toEqual([nominationId]);
    expect(await seen(edition, joiner)).toEqual([]);
  });

  it('when the gateway does not answer, a submission, an assignment and the move to JUDGING are refused with SERVICE_UNAVAILABLE and nothing changes', async () => {
    const edition = await openEdition();
    await submit(edition, randomUUID());
    await assign(edition, jurorOf().id!);
    network.goDown();
    const initiativeId = randomUUID();
    const submitted = await awards.gql(
      SUBMIT,
      { input: { editionId: edition.id, initiativeId, statement: 'Neighbours and newcomers cook together.' } },
      coordinator,
    );
    expect(codeOf(submitted)).toBe('SERVICE_UNAVAILABLE');
    const juror = jurorOf();
    expect(
      codeOf(
        await awards.gql(
          ASSIGN,
          { input: { editionId: edition.id, jurorAccountId: juror.id, displayName: 'J' } },
          coordinator,
        ),
      ),
    ).toBe('SERVICE_UNAVAILABLE');
    await expect(startJudging(edition)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const [{ nominations, jurors, phase }] = await awards.dataSource.query(
      `SELECT (SELECT count(*)::int FROM nomination WHERE edition_id = $1) AS nominations,
              (SELECT count(*)::int FROM jury_member WHERE edition_id = $1) AS jurors,
              (SELECT phase FROM award_edition WHERE id = $1) AS phase`,
      [edition.id],
    );
    expect({ nominations, jurors, phase }).toEqual({ nominations: 1, jurors: 1, phase: 'NOMINATIONS_OPEN' });
  });
});
