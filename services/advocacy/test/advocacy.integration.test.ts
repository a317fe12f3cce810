import { expectNoGraphQLErrors, startSubgraph, viewers, type TestSubgraph } from '@best/kit/testing';
import { demoNetwork } from '@best/demo';
import { demoWorkshops } from '../src/seed/demo-workshops';
import { seedAdvocacyDemo } from '../src/seed/demo-seed';
import { advocacySubgraph } from '../src/subgraph';

let h: TestSubgraph;
beforeAll(async () => {
  h = await startSubgraph(advocacySubgraph, { demo: true });
});
afterAll(async () => {
  await h?.stop();
});

const demo = demoWorkshops();
const allOutcomes = demo.flatMap((w) => w.outcomes);
/** Workshops are for the network: these tests read as a read-only network account (access-matrix covers the rest). */
const networkCaller = viewers.viewer();
const ok = async (query: string, variables: Record<string, unknown> = {}) =>
  expectNoGraphQLErrors((await h.gql(query, variables, networkCaller)).body, query);

describe('advocacy subgraph on PostgreSQL', () => {
  it('serves the demo year: a national workshop in each of the 9 countries and two communication trainings', async () => {
    const data = await ok(
      '{ workshops(first: 100) { totalCount nodes { kind startsOn country { code } outcomes { id } } } }',
    );
    expect(data.workshops.totalCount).toBe(11);
    const national = data.workshops.nodes.filter((w: any) => w.kind === 'NATIONAL_WORKSHOP');
    expect(national.map((w: any) => w.country.code).sort()).toEqual(
      demoNetwork()
        .countries.map((c) => c.code)
        .sort(),
    );
    expect(national.every((w: any) => w.startsOn.startsWith('2017-'))).toBe(true);
    expect(data.workshops.nodes.filter((w: any) => w.kind === 'COMMUNICATION_TRAINING')).toHaveLength(2);
    for (const w of data.workshops.nodes) expect(w.outcomes.length).toBeGreaterThanOrEqual(3);
  });

  it('seeding twice leaves the demo data as it was', async () => {
    await seedAdvocacyDemo(h.dataSource);
    const data = await ok('{ workshops { totalCount } workshopOutcomes { totalCount } }');
    expect(data.workshops.totalCount).toBe(11);
    expect(data.workshopOutcomes.totalCount).toBe(allOutcomes.length);
  });

  it('lists workshops newest first and pages through them without gaps or repeats', async () => {
    const query =
      'query($after: String) { workshops(first: 4, after: $after) { nodes { id startsOn } pageInfo { hasNextPage endCursor } } }';
    const seen: { id: string; startsOn: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = await ok(query, { after });
      seen.push(...data.workshops.nodes);
      if (!data.workshops.pageInfo.hasNextPage) break;
      after = data.workshops.pageInfo.endCursor;
    }
    expect(new Set(seen.map((w) => w.id)).size).toBe(11);
    const dates = seen.map((w) => w.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters workshops by country, kind and year', async () => {
    const data = await ok(`{
      be: workshops(countryCode: "be") { totalCount }
      beNational: workshops(countryCode: "BE", kind: NATIONAL_WORKSHOP) { totalCount }
      trainings: workshops(kind: COMMUNICATION_TRAINING) { nodes { country { code } } }
      in2017: workshops(year: 2017) { totalCount }
      in2016: workshops(year: 2016) { totalCount }
    }`);
    expect(data.be.totalCount).toBe(2);
    expect(data.beNational.totalCount).toBe(1);
    expect(data.trainings.nodes.map((n: any) => n.country.code).sort()).toEqual(['BE', 'PT']);
    expect(data.in2017.totalCount).toBe(11);
    expect(data.in2016.totalCount).toBe(0);
  });

  it('shows a workshop with its place, participants by kind, initiatives presented and outcomes citing initiatives in order', async () => {
    const expected = demo.find((w) => w.countryCode === 'IT')!;
    const query = `query($id: ID!) { workshop(id: $id) {
      title kind city venue objectives startsOn endsOn country { code }
      participants { kind count } participantTotal
      initiativesPresented { id }
      outcomes { id kind text followUpStatus followUpDue initiatives { id } workshop { id } }
    } }`;
    const { workshop } = await ok(query, { id: expected.id });
    expect(workshop).toMatchObject({
      title: expected.title,
      kind: 'NATIONAL_WORKSHOP',
      city: expected.city,
      venue: expected.venue,
      startsOn: expected.startsOn,
      endsOn: expected.endsOn,
      country: { code: 'IT' },
      participants: expected.participants,
      participantTotal: expected.participants.reduce((sum, p) => sum + p.count, 0),
      initiativesPresented: expected.initiativeIds.map((id) => ({ id })),
    });
    expect(workshop.outcomes.map((o: any) => o.id).sort()).toEqual(expected.outcomes.map((o) => o.id).sort());
    expect(workshop.outcomes[0].kind).toBe('LESSON_LEARNED');
    for (const outcome of workshop.outcomes) {
      const seeded = expected.outcomes.find((o) => o.id === outcome.id)!;
      expect(outcome.initiatives.map((i: any) => i.id)).toEqual(seeded.initiativeIds);
      expect(outcome.workshop.id).toBe(expected.id);
    }
  });

  it('answers null for a workshop id that does not exist or is not a UUID', async () => {
    const data = await ok(`{
      unknown: workshop(id: "00000000-0000-4000-8000-000000000000") { id }
      malformed: workshop(id: "not-a-uuid") { id }
      outcome: workshopOutcome(id: "nope") { id }
    }`);
    expect(data).toEqual({ unknown: null, malformed: null, outcome: null });
  });

  it('lists outcomes soonest follow-up first, undated ones last, across pages', async () => {
    const expected = [...allOutcomes]
      .sort((a, b) => (a.followUpDue ?? '9999').localeCompare(b.followUpDue ?? '9999') || a.id.localeCompare(b.id))
      .map((o) => o.id);
    expect(allOutcomes.some((o) => o.followUpDue === null)).toBe(true);
    const query =
      'query($after: String) { workshopOutcomes(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: any = await ok(query, { after });
      seen.push(...data.workshopOutcomes.nodes.map((n: any) => n.id));
      if (!data.workshopOutcomes.pageInfo.hasNextPage) break;
      after = data.workshopOutcomes.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters outcomes by follow-up status, country, kind and due date', async () => {
    const inCountry = (code: string) => demo.filter((w) => w.countryCode === code).flatMap((w) => w.outcomes);
    const data = await ok(`{
      open: workshopOutcomes(followUpStatus: OPEN, first: 100) { totalCount nodes { followUpStatus } }
      be: workshopOutcomes(countryCode: "BE", first: 100) { totalCount nodes { workshop { country { code } } } }
      beOpen: workshopOutcomes(countryCode: "BE", followUpStatus: OPEN) { totalCount }
      commitments: workshopOutcomes(kind: COMMITMENT) { totalCount }
      overdue: workshopOutcomes(dueBefore: "2017-09-01", first: 100) { nodes { followUpDue } }
    }`);
    expect(data.open.totalCount).toBe(allOutcomes.filter((o) => o.followUpStatus === 'OPEN').length);
    expect(data.open.nodes.every((n: any) => n.followUpStatus === 'OPEN')).toBe(true);
    expect(data.be.totalCount).toBe(inCountry('BE').length);
    expect(data.be.nodes.every((n: any) => n.workshop.country.code === 'BE')).toBe(true);
    expect(data.beOpen.totalCount).toBe(inCountry('BE').filter((o) => o.followUpStatus === 'OPEN').length);
    expect(data.commitments.totalCount).toBe(allOutcomes.filter((o) => o.kind === 'COMMITMENT').length);
    expect(data.overdue.nodes.length).toBe(
      allOutcomes.filter((o) => o.followUpDue && o.followUpDue < '2017-09-01').length,
    );
    expect(data.overdue.nodes.every((n: any) => n.followUpDue < '2017-09-01')).toBe(true);
  });

  it.each([
    ['a page larger than 100', '{ workshops(first: 1000) { totalCount } }', /first/],
    [
      'a country code that is not two letters',
      '{ workshopOutcomes(countryCode: "ITA") { totalCount } }',
      /countryCode/,
    ],
    ['a due date that is not a day', '{ workshopOutcomes(dueBefore: "2017-13-01") { totalCount } }', /dueBefore/],
    ['a forged cursor', '{ workshops(after: "not-a-cursor") { totalCount } }', /cursor/],
  ])('refuses %s with BAD_USER_INPUT and says which argument', async (_what, query, field) => {
    const { status, body } = await h.gql(query, {}, networkCaller);
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(field);
  });

  it('shows the first initiative of the demo network with the workshop outcomes that cite it', async () => {
    const first = demoNetwork().initiatives[0];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id workshopOutcomes { id text workshop { country { code } } } } } }`;
    const data = await ok(query, { r: [{ __typename: 'Initiative', id: first.id }] });
    const outcomes = data._entities[0].workshopOutcomes;
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    expect(outcomes.map((o: any) => o.id).sort()).toEqual(
      allOutcomes
        .filter((o) => o.initiativeIds.includes(first.id))
        .map((o) => o.id)
        .sort(),
    );
    expect(outcomes.every((o: any) => o.workshop.country.code === first.countryCode)).toBe(true);
  });

  it('resolves Initiative.workshopOutcomes for 1 and for 50 initiatives in one SQL statement', async () => {
    const initiatives = demoNetwork().initiatives;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id workshopOutcomes { id kind } } } }`;
    for (const count of [1, 50]) {
      const representations = initiatives.slice(0, count).map((i) => ({ __typename: 'Initiative', id: i.id }));
      let data: any;
      const selects = await h.selectsDuring(async () => {
        data = await ok(query, { r: representations });
      });
      expect(selects).toHaveLength(1);
      expect(data._entities).toHaveLength(count);
      for (const entity of data._entities) {
        const citing = allOutcomes.filter((o) => o.initiativeIds.includes(entity.id)).map((o) => o.id);
        expect(entity.workshopOutcomes.map((o: any) => o.id).sort()).toEqual(citing.sort());
      }
    }
  });

  it('answers an initiative that no outcome cites, or with a malformed id, with an empty list', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { id workshopOutcomes { id } } } }`;
    const data = await ok(query, {
      r: [
        { __typename: 'Initiative', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Initiative', id: 'not-a-uuid' },
      ],
    });
    expect(data._entities.map((e: any) => e.workshopOutcomes)).toEqual([[], []]);
  });

  it.each([
    ['Workshop', () => demo.map((w) => w.id)],
    ['WorkshopOutcome', () => allOutcomes.map((o) => o.id)],
  ] as const)(
    'resolves %s references through _entities in one SQL statement for 1 and for many keys',
    async (typename, idsOf) => {
      const all = idsOf();
      for (const count of [1, Math.min(50, all.length)]) {
        const representations = all.slice(0, count).map((id) => ({ __typename: typename, id }));
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`;
        let data: any;
        const selects = await h.selectsDuring(async () => {
          data = await ok(query, { r: representations });
        });
        expect(data._entities.map((e: any) => e.id)).toEqual(representations.map((r) => r.id));
        expect(selects).toHaveLength(1);
      }
    },
  );

  it('lists workshops with participants, outcomes and cited initiatives in the same number of statements for 2 and for 11', async () => {
    const query = `query($n: Int) { workshops(first: $n) { nodes { id participantTotal participants { kind }
      outcomes { id initiatives { id } workshop { id } } } } }`;
    const forTwo = await h.selectsDuring(() => ok(query, { n: 2 }));
    const forAll = await h.selectsDuring(() => ok(query, { n: 11 }));
    expect(forAll).toHaveLength(forTwo.length);
    // count and page, then one each for participants, outcomes and cited initiatives; the page primes the workshops
    expect(forAll).toHaveLength(5);
  });

  it('the database refuses a workshop that ends before it starts, and accepts one that ends the day it starts', async () => {
    const insert = (startsOn: string, endsOn: string) =>
      h.dataSource.query(
        `INSERT INTO workshop (kind, title, country_code, starts_on, ends_on, city) VALUES ('EXCHANGE_VISIT', 'Visit', 'IT', $1, $2, 'Roma') RETURNING id`,
        [startsOn, endsOn],
      );
    await expect(insert('2017-05-02', '2017-05-01')).rejects.toThrow(/workshop_dates_in_order/);
    const [{ id }] = await insert('2017-05-02', '2017-05-02');
    await h.dataSource.query('DELETE FROM workshop WHERE id = $1', [id]);
  });

  it('the database refuses a negative participant count, and accepts zero', async () => {
    const workshopId = demo[0].id;
    const insert = (count: number) =>
      h.dataSource.query(
        `INSERT INTO workshop_participant_group (workshop_id, kind, count) VALUES ($1, 'STAFF', $2)
        ON CONFLICT (workshop_id, kind) DO UPDATE SET count = excluded.count`,
        [workshopId, count],
      );
    const original = demo[0].participants.find((p) => p.kind === 'STAFF')!.count;
    await expect(insert(-1)).rejects.toThrow(/check constraint/);
    await insert(0);
    await insert(original);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${h.base}/health`)).status).toBe(200);
    expect(await (await fetch(`${h.base}/ready`)).json()).toMatchObject({ status: 'ready' });
  });
});
