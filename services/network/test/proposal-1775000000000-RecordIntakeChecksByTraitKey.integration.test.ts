import { startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { networkSubgraph } from '../src/subgraph';
import { intakeGateway, proposalInput, traitChecks } from './seed';

let network: TestSubgraph;
beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, {
    demo: true,
    prefix: 'network_intake_keys',
    gateway: intakeGateway(),
  });
});
afterAll(() => network?.stop());

const MIGRATION = 'RecordIntakeChecksByTraitKey1775000000000';
const PROPOSE = `mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId } }`;
const REVIEW = `mutation($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id } } }`;
const VERSION = `query($id: ID!) { initiativeProposal(id: $id) { initiative { version } } }`;

describe('migration 1775000000000 RecordIntakeChecksByTraitKey', () => {
  it("keeps a review's four booleans as checks under version 1's trait keys, and pending proposals unchecked", async () => {
    const admin = viewers.admin();
    const proposalId = (await network.ok(PROPOSE, { input: proposalInput() }, viewers.anonymous())).proposeInitiative
      .proposalId;
    const expectedVersion = (await network.ok(VERSION, { id: proposalId }, admin)).initiativeProposal.initiative
      .version;
    const input = { proposalId, expectedVersion, decision: 'DECLINE', reason: 'Irregular', eligibility: traitChecks() };
    await network.ok(REVIEW, { input }, admin);

    const db = network.dataSource;
    const last = await db.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
    expect(last[0].name).toBe(MIGRATION);
    await db.undoLastMigration();
    // As the older schema held a review: four booleans (here one not met, one never answered).
    await db.query(
      `UPDATE initiative_proposal SET fixed_meeting_place_and_regular_times = false, benefits_locals_too = NULL
        WHERE id = $1`,
      [proposalId],
    );
    expect(await db.runMigrations()).toEqual([expect.objectContaining({ name: MIGRATION })]);

    const rows: { id: string; state: string; eligibility: any; proposer_eligibility: any }[] = await db.query(
      'SELECT id, state, eligibility, proposer_eligibility FROM initiative_proposal',
    );
    const reviewed = rows.find((r) => r.id === proposalId)!;
    expect(reviewed.eligibility).toEqual({
      guidelineId: null,
      guidelineVersion: 1,
      checks: [
        {
          trait: 'brings-locals-and-forced-migrants-together',
          text: 'It brings locals and forced migrants together.',
          met: true,
        },
        {
          trait: 'fixed-meeting-place-and-regular-times',
          text: 'It has a fixed meeting place and regular times.',
          met: false,
        },
        { trait: 'promotes-social-inclusion', text: 'It promotes social inclusion.', met: true },
        { trait: 'benefits-locals-too', text: 'It benefits the locals too.', met: false },
      ],
    });
    const pending = rows.filter((r) => r.state === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    for (const row of pending) expect(row.eligibility).toBeNull();
  });
});
