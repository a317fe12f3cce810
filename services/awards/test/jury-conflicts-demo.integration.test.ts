import { demoNetwork } from '@best/demo';
import { startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { DEMO_MEMBER_ACCOUNT_ID, seedDetectedConflict } from '../src/seed/demo-detected-conflict';
import { demoEditionId } from '../src/seed/demo-seed';

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, { demo: true });
});
afterAll(async () => {
  await awards?.stop();
});

const MALTA_2017 = demoEditionId('MT', 2017);
const network = demoNetwork();
const partner = network.countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;
const runByPartner = new Set(network.initiatives.filter((i) => i.organizationId === partner).map((i) => i.id));
const member = { ...viewers.member(partner, 'MT'), id: DEMO_MEMBER_ACCOUNT_ID };

const EDITION = `query($id: ID!) {
  awardEdition(id: $id) {
    conflicts { jurorAccountId kind reason }
    nominations { nodes { id initiative { id } } }
  }
}`;

describe('the demo’s detected conflict', () => {
  it('Malta 2017’s coordinator reads the demo member’s detected conflicts with the two initiatives their organisation runs', async () => {
    const { awardEdition } = await awards.ok(EDITION, { id: MALTA_2017 }, viewers.coordinator('MT'));
    const partnerRuns = awardEdition.nominations.nodes.filter((n: { initiative: { id: string } }) =>
      runByPartner.has(n.initiative.id),
    );
    expect(partnerRuns).toHaveLength(2);
    expect(awardEdition.conflicts.filter((c: { kind: string }) => c.kind === 'DETECTED')).toEqual([
      {
        jurorAccountId: DEMO_MEMBER_ACCOUNT_ID,
        kind: 'DETECTED',
        reason: "The juror's organisation runs the initiative.",
      },
      {
        jurorAccountId: DEMO_MEMBER_ACCOUNT_ID,
        kind: 'DETECTED',
        reason: "The juror's organisation runs the initiative.",
      },
    ]);
  });

  it('the demo member reads only the Maltese nominations their organisation does not run', async () => {
    const { awardEdition } = await awards.ok(EDITION, { id: MALTA_2017 }, member);
    const initiatives = awardEdition.nominations.nodes.map((n: { initiative: { id: string } }) => n.initiative.id);
    expect(initiatives).toHaveLength(2);
    expect(initiatives.filter((id: string) => runByPartner.has(id))).toEqual([]);
  });

  it('is seeded once: a second run adds nothing', async () => {
    const count = async () =>
      (await awards.dataSource.query(`SELECT count(*)::int AS n FROM jury_conflict WHERE kind = 'DETECTED'`))[0].n;
    const before = await count();
    await seedDetectedConflict(awards.dataSource);
    expect(await count()).toBe(before);
  });
});
