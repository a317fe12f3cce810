import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { BEST_PRACTICE_GUIDELINES_V1 } from '../src/seed/best-practice-guidelines';
import { demoNetwork } from '@best/demo';
import {
  DEMO_EDITIONS,
  DEMO_GUIDELINE_ID,
  DEMO_JUROR_ACCOUNT_ID,
  demoEditionId,
  seedAwardsDemo,
} from '../src/seed/demo-seed';

let awards: TestSubgraph;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, { demo: true });
});

afterAll(async () => {
  await awards?.stop();
});

/** A read-only network account: it reads every nomination, which the public does not. */
const networkCaller = viewers.viewer();
/** The network's demo juror, on the jury of Malta 2017 only. */
const demoJuror = { ...viewers.juror(DEMO_JUROR_ACCOUNT_ID), displayName: 'Demo Juror' };
const maltaId = demoEditionId('MT', 2017);
const italyId = demoEditionId('IT', 2017);

describe('awards subgraph on PostgreSQL, with the demo awards', () => {
  it('serves the published demo guideline with five weighted criteria, each on a 1–5 scale', async () => {
    const query = `{ guidelines { id key version publishedAt eligibilityRules { key text checkedAtIntake }
      criteria { key name weight scale { score descriptor } } } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query)).body, query);
    expect(data.guidelines).toHaveLength(1);
    const [guideline] = data.guidelines;
    expect(guideline).toMatchObject({ id: DEMO_GUIDELINE_ID, key: 'best-practice-guidelines', version: 1 });
    expect(guideline.publishedAt).not.toBeNull();
    expect(guideline.eligibilityRules.map((r: any) => r.key)).toEqual(
      BEST_PRACTICE_GUIDELINES_V1.eligibilityRules!.map((r) => r.key),
    );
    expect(guideline.criteria.map((c: any) => c.key)).toEqual([
      'brings-people-together',
      'fixed-place-regular-times',
      'social-inclusion',
      'benefits-locals-too',
      'transferable-sustainable',
    ]);
    for (const criterion of guideline.criteria) {
      expect(criterion.weight).toBeGreaterThan(0);
      expect(criterion.scale.map((l: any) => l.score)).toEqual([1, 2, 3, 4, 5]);
      expect(criterion.scale.every((l: any) => l.descriptor.length > 0)).toBe(true);
    }
    expect(guideline.criteria.reduce((sum: number, c: any) => sum + c.weight, 0)).toBeCloseTo(1);
  });

  it('seeding twice leaves the demo awards as they were', async () => {
    await seedAwardsDemo(awards.dataSource);
    const data = expectNoGraphQLErrors((await awards.gql('{ guidelines { id } awardEditions { totalCount } }')).body);
    expect(data.guidelines).toHaveLength(1);
    expect(data.awardEditions.totalCount).toBe(DEMO_EDITIONS.length);
  });

  it('seats the demo juror on the jury of Malta 2017 (in judging) only', async () => {
    const query = `{ awardEditions { nodes { id viewerIsJuror jury { jurorAccountId displayName } } } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, {}, demoJuror)).body, query);
    const byId = Object.fromEntries(data.awardEditions.nodes.map((e: any) => [e.id, e]));
    // The demo member sits on the same jury, for the conflict the platform detects (demo-detected-conflict.ts).
    expect(byId[maltaId].viewerIsJuror).toBe(true);
    expect(byId[maltaId].jury).toEqual(
      expect.arrayContaining([{ jurorAccountId: DEMO_JUROR_ACCOUNT_ID, displayName: 'Demo Juror' }]),
    );
    expect(byId[maltaId].jury).toHaveLength(2);
    expect(byId[italyId]).toMatchObject({ viewerIsJuror: false, jury: [] });
  });

  it('the demo juror reads every nomination of Malta 2017, and of Italy 2017 only its announced winners and finalists', async () => {
    const query = `query($id: ID!) { awardEdition(id: $id) { nominations(first: 100) { totalCount nodes { status } } } }`;
    const total = async (id: string, caller: Viewer = demoJuror) =>
      expectNoGraphQLErrors((await awards.gql(query, { id }, caller)).body, query).awardEdition.nominations;
    const malta = DEMO_EDITIONS.find((e) => e.countryCode === 'MT')!;
    expect((await total(maltaId)).totalCount).toBe(malta.statuses.length);
    const italy = await total(italyId);
    expect(italy.nodes.map((n: { status: string }) => n.status).sort()).toEqual(['FINALIST', 'FINALIST', 'WINNER']);
    expect((await total(italyId, networkCaller)).totalCount).toBeGreaterThan(italy.totalCount);
  });

  it('a demo database made before juries existed gets its demo jury on the next start, once', async () => {
    await awards.dataSource.query('DELETE FROM jury_member');
    await seedAwardsDemo(awards.dataSource);
    await seedAwardsDemo(awards.dataSource);
    expect(await awards.dataSource.query('SELECT edition_id, juror_account_id FROM jury_member')).toEqual([
      { edition_id: maltaId, juror_account_id: DEMO_JUROR_ACCOUNT_ID },
    ]);
  });

  it('the demo editions carry the dated moves that brought them to their phase, oldest first', async () => {
    const query = `query($id: ID!) { awardEdition(id: $id) { phase opensAt phaseHistory { fromPhase toPhase reason changedAt } } }`;
    const italy = (await awards.ok(query, { id: italyId }, viewers.admin())).awardEdition;
    expect(italy.phase).toBe('ANNOUNCED');
    expect(italy.opensAt).toBe('2017-02-15T08:00:00.000Z');
    expect(italy.phaseHistory.map((c: any) => `${c.fromPhase}>${c.toPhase}`)).toEqual([
      'DRAFT>NOMINATIONS_OPEN',
      'NOMINATIONS_OPEN>JUDGING',
      'JUDGING>DECIDED',
      'DECIDED>ANNOUNCED',
    ]);
    const dates = italy.phaseHistory.map((c: any) => Date.parse(c.changedAt));
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    expect(italy.phaseHistory.every((c: any) => c.reason.length > 0)).toBe(true);
    const malta = (await awards.ok(query, { id: maltaId }, viewers.admin())).awardEdition;
    expect(malta.phaseHistory.map((c: any) => c.toPhase)).toEqual(['NOMINATIONS_OPEN', 'JUDGING']);
  });

  it('a demo database made before phase history existed gets the demo moves on the next start, once', async () => {
    await awards.dataSource.query('DELETE FROM award_edition_phase_change');
    await awards.dataSource.query('UPDATE award_edition SET opens_at = NULL');
    await seedAwardsDemo(awards.dataSource);
    await seedAwardsDemo(awards.dataSource);
    const rows = await awards.dataSource.query(
      'SELECT edition_id, count(*)::int AS moves FROM award_edition_phase_change GROUP BY edition_id ORDER BY moves',
    );
    expect(rows).toEqual([
      { edition_id: maltaId, moves: 2 },
      { edition_id: italyId, moves: 4 },
    ]);
    expect(
      await awards.dataSource.query('SELECT count(*)::int AS n FROM award_edition WHERE opens_at IS NULL'),
    ).toEqual([{ n: 0 }]);
  });

  it('filters award editions by country, year and phase', async () => {
    const query = `query($country: ID, $year: Int, $phase: AwardEditionPhase) {
      awardEditions(countryCode: $country, year: $year, phase: $phase) {
        totalCount nodes { id title year phase country { code } guideline { id version } } } }`;
    const malta = expectNoGraphQLErrors((await awards.gql(query, { country: 'mt', year: 2017 })).body, query);
    expect(malta.awardEditions.totalCount).toBe(1);
    expect(malta.awardEditions.nodes[0]).toMatchObject({
      id: maltaId,
      year: 2017,
      phase: 'JUDGING',
      country: { code: 'MT' },
      guideline: { id: DEMO_GUIDELINE_ID, version: 1 },
    });

    const announced = expectNoGraphQLErrors((await awards.gql(query, { phase: 'ANNOUNCED' })).body, query);
    expect(announced.awardEditions.nodes.map((e: any) => e.id)).toEqual([italyId]);

    const none = expectNoGraphQLErrors((await awards.gql(query, { year: 2016 })).body, query);
    expect(none.awardEditions.totalCount).toBe(0);
  });

  it('nominates only initiatives of the edition’s own country in the demo', async () => {
    const network = demoNetwork();
    const query = `query($id: ID!) { awardEdition(id: $id) { country { code }
      nominations(first: 100) { totalCount nodes { initiative { id } } } } }`;
    for (const id of [maltaId, italyId]) {
      const data = expectNoGraphQLErrors((await awards.gql(query, { id }, networkCaller)).body, query);
      const country = data.awardEdition.country.code;
      expect(data.awardEdition.nominations.totalCount).toBeGreaterThan(0);
      for (const node of data.awardEdition.nominations.nodes) {
        expect(network.initiatives.find((i) => i.id === node.initiative.id)?.countryCode).toBe(country);
      }
    }
  });

  it("filters an edition's nominations by status and eligibility", async () => {
    const query = `query($id: ID!, $status: NominationStatus, $eligibility: Eligibility) {
      awardEdition(id: $id) { nominations(status: $status, eligibility: $eligibility) {
        totalCount nodes { status eligibility eligibilityReason } } } }`;
    const winners = expectNoGraphQLErrors(
      (await awards.gql(query, { id: italyId, status: 'WINNER' }, networkCaller)).body,
      query,
    );
    expect(winners.awardEdition.nominations.totalCount).toBe(1);

    const ineligible = expectNoGraphQLErrors(
      (await awards.gql(query, { id: italyId, eligibility: 'INELIGIBLE' }, networkCaller)).body,
      query,
    );
    expect(ineligible.awardEdition.nominations.totalCount).toBe(2);
    for (const node of ineligible.awardEdition.nominations.nodes) {
      expect(node).toMatchObject({ status: 'INELIGIBLE', eligibility: 'INELIGIBLE' });
      expect(node.eligibilityReason).toEqual(expect.any(String));
    }
  });

  it("pages through an edition's nominations in submission order, without gaps or repeats", async () => {
    const query = `query($id: ID!, $after: String) { awardEdition(id: $id) {
      nominations(first: 3, after: $after) { totalCount edges { cursor node { id submittedAt } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { id: string; submittedAt: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const data: any = expectNoGraphQLErrors(
        (await awards.gql(query, { id: italyId, after }, networkCaller)).body,
        query,
      );
      total = data.awardEdition.nominations.totalCount;
      seen.push(...data.awardEdition.nominations.edges.map((e: any) => e.node));
      if (!data.awardEdition.nominations.pageInfo.hasNextPage) break;
      after = data.awardEdition.nominations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    const times = seen.map((n) => Date.parse(n.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows a nomination with its edition, initiative, evidence and submission time', async () => {
    const list = expectNoGraphQLErrors(
      (
        await awards.gql(
          `{ awardEdition(id: "${maltaId}") { nominations(first: 1) { nodes { id } } } }`,
          {},
          networkCaller,
        )
      ).body,
    );
    const id = list.awardEdition.nominations.nodes[0].id;
    const query = `query($id: ID!) { nomination(id: $id) { id nominatedBy statement evidence status submittedAt
      edition { id title } initiative { id } } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, { id }, networkCaller)).body, query);
    expect(data.nomination.edition).toMatchObject({ id: maltaId });
    expect(data.nomination.statement.length).toBeGreaterThan(20);
    expect(data.nomination.evidence.length).toBeGreaterThan(0);
    expect(demoNetwork().initiatives.some((i) => i.id === data.nomination.initiative.id)).toBe(true);
  });

  it('answers null for an unknown or malformed id instead of an error', async () => {
    const query = `{ a: guideline(id: "not-a-uuid") { id } b: awardEdition(id: "00000000-0000-4000-8000-000000000000") { id }
      c: nomination(id: "'; DROP TABLE nomination; --") { id } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query)).body, query);
    expect(data).toEqual({ a: null, b: null, c: null });
  });

  it('refuses a page larger than 100 and a malformed country filter with BAD_USER_INPUT', async () => {
    const big = await awards.gql('{ awardEditions(first: 1000) { totalCount } }');
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    const country = await awards.gql('{ awardEditions(countryCode: "MLT") { totalCount } }');
    expect(codeOf(country)).toBe('BAD_USER_INPUT');
    expect(country.body.errors?.[0].message).toMatch(/countryCode/);
  });

  it('adds nominations to initiatives, and an initiative without any gets an empty list', async () => {
    const network = demoNetwork();
    const malta = network.initiatives.filter((i) => i.countryCode === 'MT');
    const elsewhere = network.initiatives.find((i) => i.countryCode === 'HR')!;
    const representations = [...malta, elsewhere].map((i) => ({ __typename: 'Initiative', id: i.id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id nominations { status edition { id } } } } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, { r: representations }, networkCaller)).body, query);
    for (const entity of data._entities.slice(0, malta.length)) {
      expect(entity.nominations).toEqual([expect.objectContaining({ edition: { id: maltaId } })]);
    }
    expect(data._entities.at(-1)).toEqual({ id: elsewhere.id, nominations: [] });
  });

  it.each([
    ['the network', networkCaller],
    ['the public', viewers.anonymous()],
    ['a juror', demoJuror],
  ])('resolves Initiative.nominations for 1 and for 50 initiatives in one SQL statement, for %s', async (_, caller) => {
    const ids = demoNetwork().initiatives.map((i) => i.id);
    for (const count of [1, 50]) {
      const representations = ids.slice(0, count).map((id) => ({ __typename: 'Initiative', id }));
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id nominations { id status } } } }`;
      let data: any;
      const selects = await awards.selectsDuring(async () => {
        data = expectNoGraphQLErrors((await awards.gql(query, { r: representations }, caller)).body, query);
      });
      expect(data._entities.map((e: any) => e.id)).toEqual(ids.slice(0, count));
      expect(selects).toHaveLength(1);
    }
  });

  const idsOfTable = async (table: string): Promise<string[]> =>
    (await awards.dataSource.query(`SELECT id FROM ${table} ORDER BY id`)).map((r: { id: string }) => r.id);

  it.each([
    ['Guideline', () => idsOfTable('guideline')],
    ['AwardEdition', () => idsOfTable('award_edition')],
    ['Nomination', () => idsOfTable('nomination')],
  ] as const)(
    'resolves %s references through _entities in one SQL statement for 1 and for many keys',
    async (typename, idsOf) => {
      const ids = await idsOf();
      for (const count of [1, Math.min(50, ids.length)]) {
        const representations = ids.slice(0, count).map((id) => ({ __typename: typename, id }));
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`;
        let data: any;
        const selects = await awards.selectsDuring(async () => {
          data = expectNoGraphQLErrors((await awards.gql(query, { r: representations }, networkCaller)).body, query);
        });
        expect(data._entities.map((e: any) => e.id)).toEqual(ids.slice(0, count));
        expect(selects).toHaveLength(1);
      }
    },
  );

  it('resolves 1 and 50 Nomination references for a juror in one SQL statement: those of their edition and announced winners and finalists, null for the rest', async () => {
    const rows: { id: string; edition_id: string; status: string }[] = await awards.dataSource.query(
      'SELECT id, edition_id, status FROM nomination ORDER BY id',
    );
    const unknown = Array.from({ length: 50 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const seen = (row: (typeof rows)[number]) =>
      row.edition_id === maltaId || (row.edition_id === italyId && ['WINNER', 'FINALIST'].includes(row.status))
        ? row.id
        : null;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Nomination { id } } }`;
    for (const count of [1, 50]) {
      const ids = [...rows.map((r) => r.id), ...unknown].slice(0, count);
      const representations = ids.map((id) => ({ __typename: 'Nomination', id }));
      let data: any;
      const selects = await awards.selectsDuring(async () => {
        data = expectNoGraphQLErrors((await awards.gql(query, { r: representations }, demoJuror)).body, query);
      });
      const expected = ids.map((id) => {
        const row = rows.find((r) => r.id === id);
        return row && seen(row) ? { id } : null;
      });
      expect(data._entities).toEqual(expected);
      expect(selects).toHaveLength(1);
    }
    expect(rows.filter(seen).length).toBeLessThan(rows.length);
    expect(rows.some((r) => r.edition_id === maltaId)).toBe(true);
  });

  it('resolves 50 Nomination references, most of them unknown, in one SQL statement and answers null for those', async () => {
    const known = (await awards.dataSource.query('SELECT id FROM nomination LIMIT 1'))[0].id;
    const unknown = Array.from({ length: 49 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const representations = [known, ...unknown].map((id) => ({ __typename: 'Nomination', id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Nomination { id } } }`;
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = expectNoGraphQLErrors((await awards.gql(query, { r: representations }, networkCaller)).body, query);
    });
    expect(data._entities[0]).toEqual({ id: known });
    expect(data._entities.slice(1).every((e: unknown) => e === null)).toBe(true);
    expect(selects).toHaveLength(1);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${awards.base}/health`)).status).toBe(200);
    expect(await (await fetch(`${awards.base}/ready`)).json()).toMatchObject({ status: 'ready' });
  });
});
