import { randomUUID } from 'node:crypto';
import { systemContextOf } from '@best/kit';
import { codeOf, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { Guideline } from '../src/guidelines/guideline.entity';
import { GuidelineService } from '../src/guidelines/guideline.service';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { cardScore } from '../src/results/ranking';
import { BEST_PRACTICE_GUIDELINES_V1 } from '../src/seed/best-practice-guidelines';
import { DEMO_JUDGINGS, demoJurorId } from '../src/seed/demo-juries';
import { demoEditionId } from '../src/seed/demo-seed';
import { DECIDE, levels, versionOf } from './result-builders';
import { scoring } from './score-builders';

/**
 * awardCalibration on the demo awards (Germany 2017 decided and Italy 2017 announced, both judged by
 * version 1 of the best-practice guidelines; France and Malta 2017 still judging) and on juries built
 * for the rules the demo does not show: blind scoring, versions of one key, statement counts.
 */
let awards: TestSubgraph;
const admin = viewers.admin();
const DEMO_KEY = BEST_PRACTICE_GUIDELINES_V1.key;
const germanyId = demoEditionId('DE', 2017);
const italyId = demoEditionId('IT', 2017);

const CALIBRATION = `query($key: String!, $year: Int) {
  awardCalibration(guidelineKey: $key, year: $year) {
    guidelineKey year meanWeightedScore
    criteria { key name mean editions }
    editions {
      edition { id title } countryCode year phase guidelineVersion jurors submittedScorecards
      meanWeightedScore weightedScoreDifference
      criteria { key name scores mean standardDeviation difference distribution { score count } }
      jurorSpread { number scorecards meanWeightedScore standardDeviation differenceFromJury }
    } } }`;
const calibration = async (key: string, viewer = admin, year?: number) =>
  (await awards.ok(CALIBRATION, { key, year }, viewer)).awardCalibration;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, { demo: true });
});

afterAll(async () => {
  await awards?.stop();
});

describe('the demo juries of Germany 2017 (decided) and Italy 2017 (announced)', () => {
  it('compares both on the same guideline key, and nothing of France and Malta 2017, still judging', async () => {
    const result = await calibration(DEMO_KEY);
    expect(result.editions.map((e: any) => [e.edition.id, e.phase, e.guidelineVersion, e.jurors])).toEqual([
      [germanyId, 'DECIDED', 1, 3],
      [italyId, 'ANNOUNCED', 1, 3],
    ]);
    const [de, italy] = result.editions;
    expect([de.submittedScorecards, italy.submittedScorecards]).toEqual([15, 24]);
    // Italy's jury is the more lenient one: above the norm by as much as Germany's is below it.
    expect(italy.meanWeightedScore).toBeGreaterThan(de.meanWeightedScore + 10);
    expect(result.meanWeightedScore).toBeCloseTo((de.meanWeightedScore + italy.meanWeightedScore) / 2, 9);
    expect(de.weightedScoreDifference).toBeCloseTo(-italy.weightedScoreDifference, 9);
    expect(de.weightedScoreDifference).toBeLessThan(0);
    expect(result.criteria.map((c: any) => [c.key, c.editions])).toEqual(
      BEST_PRACTICE_GUIDELINES_V1.criteria.map((c) => [c.key, 2]),
    );
    for (const [index, criterion] of result.criteria.entries()) {
      expect(criterion.mean).toBeCloseTo((de.criteria[index].mean + italy.criteria[index].mean) / 2, 9);
      expect(de.criteria[index].difference).toBeCloseTo(de.criteria[index].mean - criterion.mean, 9);
    }
  });

  it('gives each criterion the mean, spread and distribution PostgreSQL computes from the submitted scorecards', async () => {
    const result = await calibration(DEMO_KEY);
    for (const edition of result.editions) {
      const stored: any[] = await awards.dataSource.query(
        `SELECT s.criterion_key AS key, count(*)::int AS scores, avg(s.score)::float AS mean,
           stddev_pop(s.score)::float AS sd, jsonb_object_agg(s.score, 1) AS seen
           FROM scorecard c JOIN score s ON s.scorecard_id = c.id
           WHERE c.edition_id = $1 AND c.status = 'SUBMITTED' GROUP BY s.criterion_key`,
        [edition.edition.id],
      );
      const levels: any[] = await awards.dataSource.query(
        `SELECT s.criterion_key AS key, s.score, count(*)::int AS n
           FROM scorecard c JOIN score s ON s.scorecard_id = c.id
           WHERE c.edition_id = $1 AND c.status = 'SUBMITTED' GROUP BY 1, 2`,
        [edition.edition.id],
      );
      for (const criterion of edition.criteria) {
        const row = stored.find((r) => r.key === criterion.key);
        expect(criterion.scores).toBe(row.scores);
        expect(criterion.mean).toBeCloseTo(row.mean, 9);
        expect(criterion.standardDeviation).toBeCloseTo(row.sd, 9);
        expect(criterion.distribution).toEqual(
          [1, 2, 3, 4, 5].map((score) => ({
            score,
            count: levels.find((l) => l.key === criterion.key && l.score === score)?.n ?? 0,
          })),
        );
      }
    }
  });

  it('spreads each jury’s jurors anonymously, the harsh one first and the lenient one last', async () => {
    const result = await calibration(DEMO_KEY);
    const italy = DEMO_JUDGINGS.find((j) => j.countryCode === 'IT')!;
    const criteria = BEST_PRACTICE_GUIDELINES_V1.criteria.map((c) => ({
      key: c.key,
      weight: c.weight,
      levels: c.scale.map((l) => l.score),
    }));
    const meanOf = (leaning: string) => {
      const juror = italy.jurors.find((j) => j.leaning === leaning)!;
      const totals = italy.cards[juror.slug].map((card) =>
        cardScore(criteria, Object.fromEntries([...card!].map((digit, c) => [criteria[c].key, Number(digit)]))),
      );
      return totals.reduce((sum: number, t) => sum + t!, 0) / totals.length;
    };
    const italyRow = result.editions[1];
    expect(italyRow.jurorSpread.map((j: any) => [j.number, j.scorecards])).toEqual([
      [1, 8],
      [2, 8],
      [3, 8],
    ]);
    expect(italyRow.jurorSpread.map((j: any) => j.meanWeightedScore)).toEqual([
      expect.closeTo(meanOf('harsh'), 9),
      expect.closeTo(meanOf('middling'), 9),
      expect.closeTo(meanOf('lenient'), 9),
    ]);
    expect(italyRow.jurorSpread[0].differenceFromJury).toBeCloseTo(meanOf('harsh') - italyRow.meanWeightedScore, 9);
    const text = JSON.stringify(result);
    for (const judging of DEMO_JUDGINGS) {
      for (const juror of judging.jurors) {
        expect(text).not.toContain(juror.displayName);
        expect(text).not.toContain(demoJurorId(juror.slug));
      }
    }
  });

  it('shows a coordinator every edition’s figures and the juror rows of their own country only', async () => {
    const result = await calibration(DEMO_KEY, viewers.coordinator('DE'));
    const everything = await calibration(DEMO_KEY);
    expect(result.editions.map((e: any) => e.jurorSpread?.length ?? null)).toEqual([3, null]);
    expect(result.editions.map(({ jurorSpread: _, ...rest }: any) => rest)).toEqual(
      everything.editions.map(({ jurorSpread: _, ...rest }: any) => rest),
    );
  });

  it('compares one year when asked: 2017 has both, 2016 none', async () => {
    expect((await calibration(DEMO_KEY, admin, 2017)).editions).toHaveLength(2);
    expect(await calibration(DEMO_KEY, admin, 2016)).toMatchObject({
      year: 2016,
      editions: [],
      meanWeightedScore: null,
      criteria: [],
    });
  });
});

describe('which scorecards count', () => {
  const given = () => scoring(awards);
  let year = 2060;

  /**
   * An edition of `countryCode` judged by `guideline`, its two jurors each submitting a card per
   * nomination at the given levels of "together" (a third juror only saving a draft), then decided.
   */
  async function judged(guideline: Guideline, countryCode: string, cards: [number, number][], decide = true) {
    const builders = given();
    const jurors = [viewers.juror(randomUUID()), viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { edition, nominations } = await builders.editionWithNominations(
      AwardEditionPhase.JUDGING,
      cards.map(() => NominationStatus.ELIGIBLE),
      { countryCode, guidelineId: guideline.id, year: ++year },
    );
    for (const juror of jurors) await builders.juror(edition, juror.id!, 'Juror');
    for (const [index, [first, second]] of cards.entries()) {
      await builders.scoreAndSubmit(jurors[0], nominations[index].id, levels(first));
      await builders.scoreAndSubmit(jurors[1], nominations[index].id, levels(second));
    }
    await builders.save(jurors[2], nominations[0].id, levels(1).slice(0, 1));
    if (decide) {
      const input = {
        editionId: edition.id,
        expectedVersion: await versionOf(awards, edition),
        winners: [nominations[0].id],
        reason: 'The jury met.',
      };
      await awards.ok(DECIDE, { input }, admin);
    }
    return edition;
  }

  let v1: Guideline;
  let decided: { id: string };
  let judging: { id: string };
  let onVersion2: { id: string };

  beforeAll(async () => {
    v1 = await given().guideline();
    decided = await judged(v1, 'DE', [
      [5, 3],
      [4, 2],
    ]);
    judging = await judged(v1, 'FR', [[1, 1]], false);
    const guidelines = new GuidelineService(systemContextOf(awardsSubgraph, awards.dataSource));
    const v2 = await guidelines.publish((await guidelines.startVersion(v1.key)).id);
    onVersion2 = await judged(v2, 'IT', [[2, 2]]);
  });

  it('counts the submitted scorecards of decided editions only: nothing of one still judging, no draft', async () => {
    const result = await calibration(v1.key);
    const ids = result.editions.map((e: any) => e.edition.id);
    expect(ids).toContain(decided.id);
    expect(ids).not.toContain(judging.id);
    const de = result.editions.find((e: any) => e.edition.id === decided.id);
    expect(de).toMatchObject({ jurors: 3, submittedScorecards: 4 });
    expect(de.criteria[0]).toMatchObject({ key: 'together', scores: 4, mean: 3.5 });
    expect(de.jurorSpread.map((j: any) => j.scorecards)).toEqual([2, 2]);
  });

  it('compares every published version of the key, and no other key', async () => {
    const result = await calibration(v1.key);
    expect(result.editions.map((e: any) => [e.edition.id, e.guidelineVersion])).toEqual([
      [onVersion2.id, 2],
      [decided.id, 1],
    ]);
    expect(result.editions[0].criteria[0]).toMatchObject({ key: 'together', mean: 2, difference: -0.75 });
    expect((await calibration(DEMO_KEY)).editions.map((e: any) => e.edition.id)).not.toContain(decided.id);
  });

  it('reads in four statements whatever the number of editions, the scorecards of all of them in one', async () => {
    const counted = async (key: string) => {
      const selects = await awards.selectsDuring(() => calibration(key));
      expect(selects.filter((sql) => /FROM scorecard/.test(sql))).toHaveLength(1);
      return selects.length;
    };
    await judged(v1, 'BE', [[3, 3]]);
    expect((await calibration(v1.key)).editions).toHaveLength(3);
    expect(await counted(v1.key)).toBe(4);
    expect(await counted(DEMO_KEY)).toBe(4);
  });
});

describe('arguments', () => {
  it.each([
    ['a key that is not a slug', { key: 'Best practice!' }],
    ['a year before 2000', { key: DEMO_KEY, year: 1999 }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    expect(codeOf(await awards.gql(CALIBRATION, variables, admin))).toBe('BAD_USER_INPUT');
  });

  it('is NOT_FOUND for a key no published guideline has', async () => {
    expect(codeOf(await awards.gql(CALIBRATION, { key: 'no-such-guidelines' }, admin))).toBe('NOT_FOUND');
  });
});
