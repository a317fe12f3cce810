import { startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { cardScore, type RankedCriterion } from '../src/results/ranking';
import { BEST_PRACTICE_GUIDELINES_V1 } from '../src/seed/best-practice-guidelines';
import { DEMO_JUDGINGS, demoJurorId } from '../src/seed/demo-juries';
import { DEMO_EDITIONS, demoEditionId, seedAwardsDemo } from '../src/seed/demo-seed';
import { DEMO_DRAFT_MANUAL_ID, DEMO_PUBLISHED_MANUAL_ID } from '../src/seed/demo-best-practices';

let awards: TestSubgraph;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph, { demo: true });
});

afterAll(async () => {
  await awards?.stop();
});

const admin = viewers.admin();
const franceId = demoEditionId('FR', 2017);
const germanyId = demoEditionId('DE', 2017);
const italyId = demoEditionId('IT', 2017);
const [france, germany] = DEMO_JUDGINGS;
const jurorOf = (judging: typeof france, leaning: string) =>
  demoJurorId(judging.jurors.find((j) => j.leaning === leaning)!.slug);

const RESULTS = `query($id: ID!, $normalised: Boolean) { awardResults(editionId: $id, normalised: $normalised) {
  rank tied rawScore rawRank normalisedScore normalisedRank submittedScorecards missingScorecards outcome
  nomination { id status } } }`;
const results = async (id: string, normalised = true) =>
  (await awards.ok(RESULTS, { id, normalised }, admin)).awardResults as any[];

const AWARDS_TABLES = [
  'guideline',
  'guideline_criterion',
  'award_edition',
  'award_edition_phase_change',
  'nomination',
  'jury_member',
  'jury_conflict',
  'scorecard',
  'score',
  'award_decision',
  'best_practice',
  'manual',
  'manual_chapter',
];

/** Every row of the awards tables, as sorted JSON per table, leaving out the given columns. */
async function snapshot(leaveOut: string[] = []): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of AWARDS_TABLES) {
    const rows: Record<string, unknown>[] = await awards.dataSource.query(`SELECT * FROM ${table}`);
    tables[table] = rows
      .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !leaveOut.includes(column))))
      .sort();
  }
  return tables;
}

describe('the demo awards: an edition in every phase, juries that scored, a conflict, a tie and decisions', () => {
  it('has an edition in every phase, each with the dated moves that brought it there', async () => {
    const query = `{ awardEditions(first: 100) { nodes { id phase nominations(first: 100) { totalCount }
      phaseHistory { fromPhase toPhase changedAt } } } }`;
    const nodes: any[] = (await awards.ok(query, {}, admin)).awardEditions.nodes;
    expect(nodes).toHaveLength(DEMO_EDITIONS.length);
    expect(new Set(nodes.map((e) => e.phase))).toEqual(
      new Set(['DRAFT', 'NOMINATIONS_OPEN', 'JUDGING', 'DECIDED', 'ANNOUNCED']),
    );
    const order = ['DRAFT', 'NOMINATIONS_OPEN', 'JUDGING', 'DECIDED', 'ANNOUNCED'];
    for (const edition of nodes) {
      expect(edition.phaseHistory.map((c: any) => c.toPhase)).toEqual(order.slice(1, order.indexOf(edition.phase) + 1));
      const dates = edition.phaseHistory.map((c: any) => Date.parse(c.changedAt));
      expect(dates).toEqual([...dates].sort((a: number, b: number) => a - b));
      if (edition.phase === 'DRAFT') expect(edition.nominations.totalCount).toBe(0);
      else expect(edition.nominations.totalCount).toBeGreaterThan(0);
    }
  });

  it('screens the nominations of the later editions rule by rule, and leaves unscreened ones unchecked', async () => {
    const rows: any[] = await awards.dataSource.query(
      `SELECT n.eligibility, n.eligibility_reason, n.eligibility_checks, n.screened_at, n.submitted_at, e.phase
         FROM nomination n JOIN award_edition e ON e.id = n.edition_id WHERE e.country_code IN ('FR', 'DE', 'ES')`,
    );
    const rules = BEST_PRACTICE_GUIDELINES_V1.eligibilityRules!;
    expect(rows.some((r) => r.eligibility === 'UNCHECKED')).toBe(true);
    for (const row of rows) {
      if (row.eligibility === 'UNCHECKED') {
        expect(row).toMatchObject({ eligibility_checks: [], screened_at: null, phase: 'NOMINATIONS_OPEN' });
        continue;
      }
      expect(row.eligibility_checks.map((c: any) => [c.rule, c.text])).toEqual(rules.map((r) => [r.key, r.text]));
      const failed = row.eligibility_checks.filter((c: any) => !c.met);
      expect(failed.map((c: any) => c.note)).toEqual(row.eligibility === 'INELIGIBLE' ? [row.eligibility_reason] : []);
      expect(row.screened_at.getTime()).toBeGreaterThan(row.submitted_at.getTime());
    }
  });

  it('seats three jurors on France and on Germany 2017: one harsh, one lenient, one middling', async () => {
    const query = `query($id: ID!) { awardEdition(id: $id) { jury { jurorAccountId displayName }
      juryProgress { jurorAccountId toScore drafts submitted conflicts } } }`;
    const fr = (await awards.ok(query, { id: franceId }, admin)).awardEdition;
    expect(fr.jury.map((j: any) => j.jurorAccountId).sort()).toEqual(
      france.jurors.map((j) => demoJurorId(j.slug)).sort(),
    );
    const progress = Object.fromEntries(fr.juryProgress.map((p: any) => [p.jurorAccountId, p]));
    expect(progress[jurorOf(france, 'harsh')]).toMatchObject({ toScore: 5, drafts: 0, submitted: 5, conflicts: 0 });
    expect(progress[jurorOf(france, 'lenient')]).toMatchObject({ toScore: 4, drafts: 0, submitted: 4, conflicts: 1 });
    expect(progress[jurorOf(france, 'middling')]).toMatchObject({ toScore: 5, drafts: 1, submitted: 4, conflicts: 0 });
    const de = (await awards.ok(query, { id: germanyId }, admin)).awardEdition;
    expect(de.jury.map((j: any) => j.jurorAccountId).sort()).toEqual(
      germany.jurors.map((j) => demoJurorId(j.slug)).sort(),
    );
    // Decided: nothing is left to score, and every juror submitted a card for every ranked nomination.
    const cards = await awards.dataSource.query(
      `SELECT juror_account_id, count(*)::int AS n FROM scorecard WHERE edition_id = $1 AND status = 'SUBMITTED'
         GROUP BY juror_account_id`,
      [germanyId],
    );
    expect(cards.map((c: any) => c.n)).toEqual([5, 5, 5]);
  });

  it('gives every criterion of a submitted scorecard a score and a comment; the harsh juror scores low, the lenient one high', async () => {
    const criteria: RankedCriterion[] = BEST_PRACTICE_GUIDELINES_V1.criteria.map((c) => ({
      key: c.key,
      weight: c.weight,
      levels: c.scale.map((l) => l.score),
    }));
    for (const judging of [france, germany]) {
      const cards: any[] = await awards.dataSource.query(
        `SELECT s.id, s.juror_account_id, s.status, s.submitted_at,
           json_agg(json_build_object('criterion', sc.criterion_key, 'score', sc.score, 'comment', sc.comment)) AS scores
           FROM scorecard s JOIN score sc ON sc.scorecard_id = s.id WHERE s.edition_id = $1 GROUP BY s.id`,
        [demoEditionId(judging.countryCode, judging.year)],
      );
      const meanOf = (leaning: string) => {
        const own = cards.filter((c) => c.status === 'SUBMITTED' && c.juror_account_id === jurorOf(judging, leaning));
        const totals = own.map((c) =>
          cardScore(criteria, Object.fromEntries(c.scores.map((s: any) => [s.criterion, s.score]))),
        );
        return totals.reduce((sum: number, t) => sum + t!, 0) / totals.length;
      };
      for (const card of cards.filter((c) => c.status === 'SUBMITTED')) {
        expect(card.scores.map((s: any) => s.criterion).sort()).toEqual(criteria.map((c) => c.key).sort());
        expect(card.scores.every((s: any) => s.comment.length > 10)).toBe(true);
      }
      expect(meanOf('harsh') + 25).toBeLessThan(meanOf('middling'));
      expect(meanOf('middling') + 25).toBeLessThan(meanOf('lenient'));
    }
    const drafts = (await awards.dataSource.query(
      "SELECT edition_id, submitted_at FROM scorecard WHERE status = 'DRAFT'",
    )) as any[];
    expect(drafts).toEqual([{ edition_id: franceId, submitted_at: null }]);
  });

  it.each([
    ['France 2017 (judging)', franceId],
    ['Germany 2017 (decided)', germanyId],
  ])('ranks %s differently raw and normalised, through awardResults', async (_, id) => {
    const normalised = await results(id, true);
    const raw = await results(id, false);
    expect(normalised.map((r) => r.nomination.id)).not.toEqual(raw.map((r) => r.nomination.id));
    expect(normalised.some((r) => r.rawRank !== r.normalisedRank)).toBe(true);
    expect(normalised.map((r) => r.rank)).toEqual(normalised.map((r) => r.normalisedRank));
    expect(raw.map((r) => r.rank)).toEqual(raw.map((r) => r.rawRank));
  });

  it('flags the tie in France 2017: two nominations share a rank in both rankings', async () => {
    for (const normalised of [true, false]) {
      const rows = await results(franceId, normalised);
      const tied = rows.filter((r) => r.tied);
      expect(tied).toHaveLength(2);
      expect(tied[0].rank).toBe(tied[1].rank);
      expect(tied[0].rawScore).toBeCloseTo(tied[1].rawScore, 9);
      expect(rows.filter((r) => r.rank === tied[0].rank + 1)).toHaveLength(0);
    }
  });

  it('keeps the declared conflict in France 2017, and the conflicted juror has no scorecard for that nomination', async () => {
    const query = `query($id: ID!) { awardEdition(id: $id) { conflicts { nominationId jurorAccountId reason declaredAt } } }`;
    const conflicts: any[] = (await awards.ok(query, { id: franceId }, admin)).awardEdition.conflicts;
    expect(conflicts).toEqual([
      {
        nominationId: expect.any(String),
        jurorAccountId: jurorOf(france, 'lenient'),
        reason: france.conflictReason,
        declaredAt: expect.any(String),
      },
    ]);
    const [{ nominationId, jurorAccountId }] = conflicts;
    expect(
      await awards.dataSource.query('SELECT id FROM scorecard WHERE nomination_id = $1 AND juror_account_id = $2', [
        nominationId,
        jurorAccountId,
      ]),
    ).toEqual([]);
    const row = (await results(franceId)).find((r) => r.nomination.id === nominationId);
    expect(row).toMatchObject({ submittedScorecards: 2, missingScorecards: 0 });
    expect((await results(franceId)).filter((r) => r.missingScorecards > 0)).toHaveLength(1);
  });

  it('gives Germany 2017 a decision its statuses follow: the normalised ranking’s first wins, the next two are finalists', async () => {
    const [decision] = await awards.dataSource.query(
      'SELECT normalised, special_mention_ids, decided_at FROM award_decision WHERE edition_id = $1',
      [germanyId],
    );
    expect(decision.normalised).toBe(true);
    expect(decision.decided_at.toISOString()).toBe('2017-09-22T10:00:00.000Z');
    const rows = await results(germanyId, decision.normalised);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.nomination.status)).toEqual([
      'WINNER',
      'FINALIST',
      'FINALIST',
      'NOT_SELECTED',
      'NOT_SELECTED',
    ]);
    expect(rows.map((r) => r.outcome)).toEqual(['WINNER', 'FINALIST', 'FINALIST', 'SPECIAL_MENTION', 'NOT_SELECTED']);
    expect(decision.special_mention_ids).toEqual([rows[3].nomination.id]);
    // Decided, not announced: the public reads nothing of it yet.
    expect((await awards.ok(RESULTS, { id: germanyId, normalised: true }, viewers.anonymous())).awardResults).toEqual(
      [],
    );
  });

  it('gives Italy 2017 (announced) a decision matching its one winner and two finalists', async () => {
    const decisions = await awards.dataSource.query(
      'SELECT edition_id, special_mention_ids FROM award_decision ORDER BY decided_at',
    );
    expect(decisions).toEqual([
      { edition_id: italyId, special_mention_ids: [] },
      { edition_id: germanyId, special_mention_ids: expect.any(Array) },
    ]);
    const outcomes = (await awards.ok(RESULTS, { id: italyId, normalised: true }, viewers.anonymous())).awardResults;
    expect(outcomes.map((r: any) => r.outcome).sort()).toEqual(['FINALIST', 'FINALIST', 'WINNER']);
  });

  it('approves the winners of Italy and Germany 2017 as best practices, Germany’s for the network only until announced', async () => {
    const query = `{ bestPractices { nodes { countryCode themes whatWorks nomination { status } edition { id phase } } } }`;
    const network = (await awards.ok(query, {}, viewers.viewer())).bestPractices.nodes;
    expect(network.map((b: any) => [b.countryCode, b.edition.phase, b.nomination.status]).sort()).toEqual([
      ['DE', 'DECIDED', 'WINNER'],
      ['IT', 'ANNOUNCED', 'WINNER'],
    ]);
    expect(network.every((b: any) => b.whatWorks.length > 200 && b.themes.length > 0)).toBe(true);
    const publicly = (await awards.ok(query, {}, viewers.anonymous())).bestPractices.nodes;
    expect(publicly.map((b: any) => b.edition.id)).toEqual([italyId]);
  });

  it('has a published manual everyone reads, with chapters by theme, and a draft for staff only', async () => {
    const query = `{ manuals { id title status publishedAt chapters { position theme bestPractices { countryCode } } } }`;
    const publicly = (await awards.ok(query, {}, viewers.anonymous())).manuals;
    expect(publicly).toEqual([
      {
        id: DEMO_PUBLISHED_MANUAL_ID,
        title: 'Bringing people together: best practices of the B.E.S.T. network',
        status: 'PUBLISHED',
        publishedAt: '2017-10-16T09:00:00.000Z',
        chapters: [
          { position: 1, theme: 'hosting', bestPractices: [{ countryCode: 'IT' }] },
          { position: 2, theme: 'mentoring', bestPractices: [{ countryCode: 'IT' }] },
        ],
      },
    ]);
    const staff = (await awards.ok(query, {}, viewers.coordinator('MT'))).manuals;
    expect(staff.map((m: any) => [m.id, m.status])).toEqual([
      [DEMO_DRAFT_MANUAL_ID, 'DRAFT'],
      [DEMO_PUBLISHED_MANUAL_ID, 'PUBLISHED'],
    ]);
    expect(staff[0].chapters.map((c: any) => c.bestPractices[0].countryCode)).toEqual(['DE', 'IT']);
  });

  it('seeding twice changes nothing', async () => {
    const before = await snapshot();
    await seedAwardsDemo(awards.dataSource);
    await seedAwardsDemo(awards.dataSource);
    expect(await snapshot()).toEqual(before);
  });

  it('a demo database made before the later editions gets them, with their juries, scores and decisions, on the next start, once', async () => {
    // Generated ids, positions and update times are the database's own; everything else is the demo's.
    const leaveOut = ['updated_at'];
    const before = await snapshot(leaveOut);
    const later = DEMO_EDITIONS.filter((e) => !['MT', 'IT'].includes(e.countryCode)).map((e) =>
      demoEditionId(e.countryCode, e.year),
    );
    await awards.dataSource.transaction(async (tx) => {
      await tx.query('DELETE FROM best_practice WHERE edition_id = ANY($1)', [later]);
      await tx.query('DELETE FROM nomination WHERE edition_id = ANY($1)', [later]);
      await tx.query('DELETE FROM award_edition WHERE id = ANY($1)', [later]);
      await tx.query('DELETE FROM award_decision');
    });
    expect(
      await awards.dataSource.query('SELECT count(*)::int AS n FROM scorecard WHERE edition_id = ANY($1)', [later]),
    ).toEqual([{ n: 0 }]);
    await seedAwardsDemo(awards.dataSource);
    await seedAwardsDemo(awards.dataSource);
    const after = await snapshot(leaveOut);
    const withoutGenerated = (rows: string[]) =>
      rows.map((row) => JSON.stringify(JSON.parse(row).filter(([c]: [string]) => !['id', 'position'].includes(c))));
    expect(withoutGenerated(after.award_edition_phase_change).sort()).toEqual(
      withoutGenerated(before.award_edition_phase_change).sort(),
    );
    expect({ ...after, award_edition_phase_change: [] }).toEqual({ ...before, award_edition_phase_change: [] });
  });
});
