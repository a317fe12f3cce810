import { type DomainError, systemContextOf } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import { seed } from './seed';

let awards: TestSubgraph;
let service: AwardEditionService;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

beforeEach(() => {
  service = new AwardEditionService(systemContextOf(awardsSubgraph, awards.dataSource));
});

afterAll(async () => {
  await awards?.stop();
});

async function refusal(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return (error as DomainError).extensions?.code ?? error;
  }
}

const DAY = 86_400_000;

describe('award editions', () => {
  it('an edition is pinned to a published guideline; a draft guideline is refused with BAD_USER_INPUT', async () => {
    const world = seed(awards);
    const draft = await world.guideline({ publish: false });
    const published = await world.guideline();
    const input = { countryCode: 'BE', year: 2031, title: 'Belgian award 2031' };
    const refused = service.create({ ...input, guidelineId: draft.id });
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'guidelineId' }] },
    });
    const created = await service.create({ ...input, guidelineId: published.id });
    expect(created).toMatchObject({ phase: AwardEditionPhase.DRAFT, guidelineId: published.id });
  });

  it('a country has one edition per year: a second one is a CONFLICT, another year is fine', async () => {
    const guideline = await seed(awards).guideline();
    const edition = { countryCode: 'PT', title: 'Portuguese award', guidelineId: guideline.id };
    await service.create({ ...edition, year: 2032 });
    expect(await refusal(service.create({ ...edition, year: 2032 }))).toBe('CONFLICT');
    expect(await refusal(service.create({ ...edition, year: 2033 }))).toBe('no error');
  });

  it('moves through its phases in order, one step at a time, and no further than announced', async () => {
    const edition = await seed(awards).edition();
    const phases = [edition.phase];
    for (let step = 0; step < 4; step++) phases.push((await service.advancePhase(edition.id)).phase);
    expect(phases).toEqual(['DRAFT', 'NOMINATIONS_OPEN', 'JUDGING', 'DECIDED', 'ANNOUNCED']);
    expect(await refusal(service.advancePhase(edition.id))).toBe('CONFLICT');
  });

  it('cannot open nominations before both deadlines are set', async () => {
    const undated = await seed(awards).edition({ nominationsCloseAt: null, decisionAt: null });
    expect(await refusal(service.advancePhase(undated.id))).toBe('BAD_USER_INPUT');
    const dated = await seed(awards).edition();
    expect(await refusal(service.advancePhase(dated.id))).toBe('no error');
  });

  it('refuses a decision date before nominations close', async () => {
    const guideline = await seed(awards).guideline();
    const closes = new Date(Date.now() + 10 * DAY);
    const base = { countryCode: 'HR', title: 'Croatian award', guidelineId: guideline.id, nominationsCloseAt: closes };
    expect(await refusal(service.create({ ...base, year: 2034, decisionAt: new Date(closes.getTime() - DAY) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await refusal(service.create({ ...base, year: 2034, decisionAt: new Date(closes.getTime() + DAY) }))).toBe(
      'no error',
    );
  });

  it('an edit sent with a stale version is refused (CONFLICT)', async () => {
    const edition = await seed(awards).edition();
    expect(await refusal(service.advancePhase(edition.id, edition.version + 5))).toBe('CONFLICT');
    expect(await refusal(service.advancePhase(edition.id, edition.version))).toBe('no error');
  });

  it('lists editions newest year first and pages through them without gaps or repeats', async () => {
    const world = seed(awards);
    const guideline = await world.guideline();
    for (let i = 0; i < 7; i++) await world.edition({ guideline, countryCode: 'RO' });
    const query = `query($after: String) { awardEditions(countryCode: "RO", first: 3, after: $after) {
      totalCount nodes { id year } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; year: number }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = expectNoGraphQLErrors((await awards.gql(query, { after })).body, query);
      expect(data.awardEditions.totalCount).toBe(7);
      seen.push(...data.awardEditions.nodes);
      if (!data.awardEditions.pageInfo.hasNextPage) break;
      after = data.awardEditions.pageInfo.endCursor;
    }
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    const years = seen.map((e) => e.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('loads the criteria of many guidelines in one SQL statement', async () => {
    const world = seed(awards);
    for (let i = 0; i < 5; i++) await world.guideline();
    const query = '{ guidelines(published: true) { id criteria { key } } }';
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = expectNoGraphQLErrors((await awards.gql(query)).body, query);
    });
    expect(data.guidelines.length).toBeGreaterThanOrEqual(5);
    expect(data.guidelines.every((g: any) => g.criteria.length === 2)).toBe(true);
    expect(selects).toHaveLength(2);
  });
});
