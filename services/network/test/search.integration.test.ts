import { demoNetwork } from '@best/demo';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { haversineKm } from '../src/initiatives/initiative.geo';
import { networkSubgraph } from '../src/subgraph';
import { seed } from './seed';

let network: TestSubgraph;
const demo = demoNetwork();
const extra: { zurich: string; chess: string; garden: string } = { zurich: '', chess: '', garden: '' };

beforeAll(async () => {
  network = await startSubgraph(networkSubgraph, { demo: true, prefix: 'network_search' });
  const given = seed(network);
  await network.ok('mutation { addCountry(input: { code: "CH" }) { country { code } } }', {}, viewers.admin());
  const swiss = await given.organization({ countryCode: 'CH', name: 'Verein Begegnung Zürich' });
  extra.zurich = (
    await given.initiative(swiss.id, {
      title: 'Café des langues in Zürich',
      city: 'Zürich',
      summary: 'Residents and refugees practise German, French and Tigrinya over coffee.',
    })
  ).id;
  extra.chess = (
    await given.initiative(swiss.id, {
      title: 'Chess evenings for all',
      city: 'Basel',
      summary: 'Locals and newcomers meet for games every Wednesday.',
      latitude: 47.5596,
      longitude: 7.5886,
    })
  ).id;
  extra.garden = (
    await given.initiative(swiss.id, {
      title: 'Shared garden in Bern',
      city: 'Bern',
      summary: 'Neighbours and refugees grow vegetables together.',
      description: 'In winter the gardeners meet indoors for chess and backgammon.',
      latitude: 46.948,
      longitude: 7.4474,
    })
  ).id;
});
afterAll(() => network?.stop());

const SEARCH = `query($search: String, $sort: InitiativeSort, $first: Int) {
  initiatives(search: $search, sort: $sort, first: $first) { totalCount nodes { id title city } } }`;
const search = async (text: string, sort?: string) =>
  (await network.ok(SEARCH, { search: text, sort, first: 100 }, viewers.anonymous())).initiatives;
const idsOf = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);
const demoIn = (city: string) => demo.initiatives.filter((i) => i.city === city).map((i) => i.id);

describe('full-text search', () => {
  it.each([
    ['Koln', 'Köln'],
    ['Iasi', 'Iași'],
    ['Malaga', 'Málaga'],
    ['MALAGA', 'Málaga'],
    ['malága', 'Málaga'],
  ])('"%s" finds the initiatives in %s, ignoring accents and case', async (query, city) => {
    const found = idsOf(await search(query));
    expect(demoIn(city).length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(demoIn(city)));
    expect(found.sort()).toEqual(idsOf(await search(city)).sort());
  });

  it('"Zurich" finds "Zürich"', async () => {
    expect(idsOf(await search('Zurich'))).toEqual([extra.zurich]);
    expect(idsOf(await search('zürich'))).toEqual([extra.zurich]);
  });

  it.each([
    ['Kolm', 'Köln'],
    ['Iasy', 'Iași'],
    ['Malaha', 'Málaga'],
  ])('a one-letter typo ("%s") still finds %s', async (query, city) => {
    expect(idsOf(await search(query))).toEqual(expect.arrayContaining(demoIn(city)));
  });

  it('"Zurih" (a letter missing) still finds "Zürich"', async () => {
    expect(idsOf(await search('Zurih'))).toContain(extra.zurich);
  });

  it('a word may be the start of a longer one', async () => {
    const found = await search('famil');
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.nodes.some((n: any) => /families/i.test(n.title))).toBe(true);
  });

  it('every word must match: "football Grenoble" finds only the football initiative in Grenoble', async () => {
    const found = await search('football Grenoble');
    expect(found.nodes.map((n: any) => n.title)).toEqual(['Sunday football for all in Grenoble']);
  });

  it('ranks a title match above a match in the description', async () => {
    const found = idsOf(await search('chess'));
    expect(found).toEqual([extra.chess, extra.garden]);
  });

  it('finds words in the description too', async () => {
    expect(idsOf(await search('backgammon'))).toEqual([extra.garden]);
  });

  it('takes operators and quotes as plain text, never as query syntax', async () => {
    for (const text of ['football & !(Grenoble)', "'; DROP TABLE initiative; --", ':* <-> |', '\\', 'dʼor ½ 中文 ²']) {
      const response = await network.gql(SEARCH, { search: text, first: 5 }, viewers.anonymous());
      expect(response.body.errors).toBeUndefined();
    }
  });

  it('a search of punctuation only lists everything, by title', async () => {
    const all = await network.ok('{ initiatives(first: 1) { totalCount } }', {}, viewers.anonymous());
    expect((await search('-- !!')).totalCount).toBe(all.initiatives.totalCount);
  });

  it('finds nothing for a word nobody wrote', async () => {
    expect((await search('xylophonequartet')).totalCount).toBe(0);
  });

  it('refuses a search longer than 200 characters', async () => {
    const response = await network.gql(SEARCH, { search: 'a'.repeat(201) }, viewers.anonymous());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual(['search']);
  });
});

describe('filters', () => {
  const FILTER = `query($country: ID, $group: TargetGroup, $activity: Activity, $status: InitiativeStatus, $org: ID) {
    initiatives(countryCode: $country, targetGroup: $group, activity: $activity, status: $status, organizationId: $org, first: 100) {
      totalCount nodes { id } } }`;

  it.each([
    [
      'country and status',
      { country: 'IT', status: 'ACTIVE' },
      (i: any) => i.countryCode === 'IT' && i.status === 'ACTIVE',
    ],
    [
      'target group and activity',
      { group: 'FAMILIES', activity: 'SPORTS' },
      (i: any) => i.targetGroups.includes('FAMILIES') && i.activities.includes('SPORTS'),
    ],
    ['status ended', { status: 'ENDED' }, (i: any) => i.status === 'ENDED'],
    ['organisation', { org: demo.organizations[3].id }, (i: any) => i.organizationId === demo.organizations[3].id],
    [
      'country, target group and status',
      { country: 'FR', group: 'NEIGHBOURS', status: 'ACTIVE' },
      (i: any) => i.countryCode === 'FR' && i.targetGroups.includes('NEIGHBOURS') && i.status === 'ACTIVE',
    ],
  ])('by %s gives exactly the matching initiatives', async (_what, variables, matches) => {
    const expected = demo.initiatives
      .filter(matches)
      .map((i) => i.id)
      .sort();
    const data = await network.ok(FILTER, variables, viewers.anonymous());
    expect(data.initiatives.totalCount).toBe(expected.length);
    expect(idsOf(data.initiatives).sort()).toEqual(expected);
  });
});

describe('distance', () => {
  const bruxelles = { latitude: 50.8503, longitude: 4.3517 };
  const NEAR = `query($near: GeoPointInput, $km: Float, $sort: InitiativeSort, $first: Int) {
    initiatives(near: $near, withinKm: $km, sort: $sort, first: $first) { totalCount nodes { id latitude longitude } } }`;

  it('within 60 km of Bruxelles gives exactly the initiatives that close', async () => {
    const expected = demo.initiatives
      .filter((i) => haversineKm(bruxelles, i) <= 60)
      .map((i) => i.id)
      .sort();
    expect(expected.length).toBeGreaterThan(4);
    expect(expected.length).toBeLessThan(demo.initiatives.length / 4);
    const data = await network.ok(NEAR, { near: bruxelles, km: 60, first: 100 }, viewers.anonymous());
    expect(idsOf(data.initiatives).sort()).toEqual(expected);
  });

  it('a small radius finds the one initiative around the corner', async () => {
    const target = demo.initiatives.find((i) => i.city === 'Köln')!;
    const data = await network.ok(
      NEAR,
      {
        near: { latitude: target.latitude + 0.001, longitude: target.longitude },
        km: 0.5,
        first: 10,
      },
      viewers.anonymous(),
    );
    expect(idsOf(data.initiatives)).toEqual([target.id]);
  });

  it('sorts nearest first, with initiatives without coordinates last', async () => {
    const data = await network.ok(NEAR, { near: bruxelles, sort: 'DISTANCE', first: 100 }, viewers.anonymous());
    const nodes = data.initiatives.nodes;
    expect(nodes).toHaveLength(data.initiatives.totalCount);
    const located = nodes.filter((n: any) => n.latitude !== null);
    const distances: number[] = located.map((n: any) => haversineKm(bruxelles, n));
    distances.slice(1).forEach((distance, i) => expect(distance).toBeGreaterThanOrEqual(distances[i] - 1e-6));
    expect(nodes.at(-1).id).toBe(extra.zurich);
  });

  it.each([
    ['withinKm without near', { km: 10 }, 'near'],
    ['sorting by distance without near', { sort: 'DISTANCE' }, 'near'],
    ['a radius of 10 metres', { near: bruxelles, km: 0.01 }, 'withinKm'],
    ['a radius of 6000 km', { near: bruxelles, km: 6000 }, 'withinKm'],
    ['a latitude of 95', { near: { latitude: 95, longitude: 4 }, km: 10 }, 'near.latitude'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, variables, field) => {
    const response = await network.gql(NEAR, variables, viewers.anonymous());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toEqual([field]);
  });

  it('refuses sorting by relevance without words to search', async () => {
    const response = await network.gql(SEARCH, { sort: 'RELEVANCE' }, viewers.anonymous());
    expect(problemFields(response)).toEqual(['search']);
  });
});

describe('sorting and cursor pagination', () => {
  const PAGE = `query($search: String, $sort: InitiativeSort, $near: GeoPointInput, $first: Int, $after: String, $last: Int, $before: String) {
    initiatives(search: $search, sort: $sort, near: $near, first: $first, after: $after, last: $last, before: $before) {
      totalCount nodes { id title createdAt }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const page = async (variables: Record<string, unknown>) =>
    (await network.ok(PAGE, variables, viewers.anonymous())).initiatives;

  const sorts: [string, Record<string, unknown>][] = [
    ['TITLE', { sort: 'TITLE' }],
    ['NEWEST', { sort: 'NEWEST' }],
    ['RELEVANCE', { sort: 'RELEVANCE', search: 'in for' }],
    ['DISTANCE', { sort: 'DISTANCE', near: { latitude: 52.52, longitude: 13.405 } }],
  ];

  it.each(sorts)('under %s, pages of 7 forwards and backwards give the same order as one page', async (_sort, base) => {
    const whole = await page({ ...base, first: 100 });
    expect(whole.totalCount).toBeGreaterThan(14);
    expect(whole.nodes).toHaveLength(whole.totalCount);
    const expected = idsOf(whole);

    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 30; i++) {
      const p: any = await page({ ...base, first: 7, after });
      expect(p.totalCount).toBe(whole.totalCount);
      forward.push(...idsOf(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 30; i++) {
      const p: any = await page({ ...base, last: 7, before });
      backward.unshift(...idsOf(p));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('TITLE sorts A to Z and NEWEST sorts by when it was added', async () => {
    const titles = (await page({ sort: 'TITLE', first: 100 })).nodes.map((n: any) => n.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const created = (await page({ sort: 'NEWEST', first: 100 })).nodes.map((n: any) => Date.parse(n.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('without a sort, a search sorts by relevance and a plain list by title', async () => {
    expect(idsOf(await page({ search: 'chess', first: 5 }))).toEqual([extra.chess, extra.garden]);
    expect(idsOf(await page({ first: 20 }))).toEqual(idsOf(await page({ sort: 'TITLE', first: 20 })));
  });

  it('refuses a cursor given out for another sort, instead of failing in SQL', async () => {
    const titled = await page({ sort: 'TITLE', first: 3 });
    for (const sort of ['NEWEST', 'DISTANCE']) {
      const response = await network.gql(
        PAGE,
        {
          sort,
          near: { latitude: 52.52, longitude: 13.405 },
          first: 3,
          after: titled.pageInfo.endCursor,
        },
        viewers.anonymous(),
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0].message).toMatch(/another sort/);
    }
  });

  it('refuses a forged cursor whose id is not an id', async () => {
    const forged = Buffer.from(JSON.stringify(['Title', 'not-a-uuid'])).toString('base64url');
    const response = await network.gql(PAGE, { first: 3, after: forged }, viewers.anonymous());
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('indexes', () => {
  async function plan(sql: string, params: unknown[] = []): Promise<string> {
    const runner = network.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('unaccent and pg_trgm are installed by the migrations', async () => {
    const rows = await network.dataSource.query(`SELECT extname FROM pg_extension ORDER BY extname`);
    expect(rows.map((r: any) => r.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
  });

  it('answer word prefixes, trigram similarity and the bounding box', async () => {
    expect(await plan(`SELECT id FROM initiative WHERE search_vector @@ to_tsquery('simple', $1)`, ['koln:*'])).toMatch(
      /initiative_search_vector/,
    );
    expect(await plan(`SELECT id FROM initiative WHERE $1 <% search_text`, ['kolm'])).toMatch(
      /initiative_search_text_trgm/,
    );
    expect(
      await plan(`SELECT id FROM initiative WHERE point(longitude, latitude) <@ box(point(4, 50), point(5, 51))`),
    ).toMatch(/initiative_location/);
    expect(await plan(`SELECT id FROM organization WHERE lower(network_unaccent(name)) LIKE $1`, ['%ponti%'])).toMatch(
      /organization_name_trgm/,
    );
  });

  it('keep the search columns current when an initiative changes', async () => {
    const before = await search('Tigrinya');
    expect(idsOf(before)).toEqual([extra.zurich]);
    const [{ version }] = await network.dataSource.query('SELECT version FROM initiative WHERE id = $1', [
      extra.zurich,
    ]);
    await network.ok(
      'mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { id } } }',
      {
        input: {
          id: extra.zurich,
          expectedVersion: version,
          summary: 'Residents and refugees practise Esperanto over coffee.',
        },
      },
      viewers.admin(),
    );
    expect((await search('Tigrinya')).totalCount).toBe(0);
    expect(idsOf(await search('Esperanto'))).toEqual([extra.zurich]);
  });
});
