import { randomUUID } from 'node:crypto';
import { codeOf, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { DECIDE, harshAndLenient, RESULTS, versionOf, withdrawn } from './result-builders';
import { scoring } from './score-builders';

let awards: TestSubgraph;
const admin = viewers.admin();
const coordinator = viewers.coordinator('IT');

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

type Row = { nomination: { id: string }; [field: string]: unknown };
const byNomination = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.nomination.id, row]));

async function statuses(editionId: string): Promise<Record<string, string>> {
  const rows: { id: string; status: string }[] = await awards.dataSource.query(
    'SELECT id, status FROM nomination WHERE edition_id = $1',
    [editionId],
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

describe('awardResults while judging', () => {
  it('ranks by the normalised scores by default and by the raw scores when asked, both rankings on every row', async () => {
    const { edition, a, b, c, d } = await harshAndLenient(awards);
    const normalised = (await awards.ok(RESULTS, { editionId: edition.id }, coordinator)).awardResults;
    const raw = (await awards.ok(RESULTS, { editionId: edition.id, normalised: false }, coordinator)).awardResults;

    expect(normalised.map((row: Row) => row.nomination.id)).toEqual([b.id, a.id, d.id, c.id]);
    expect(raw.map((row: Row) => row.nomination.id)).toEqual([a.id, d.id, b.id, c.id]);
    const rows = byNomination(normalised);
    expect(rows[a.id]).toMatchObject({ rank: 2, rawRank: 1, normalisedRank: 2, rawScore: 100, tied: false });
    expect(rows[d.id].rawScore).toBeCloseTo((100 * 2.75) / 3, 9);
    expect(rows[b.id]).toMatchObject({ rank: 1, rawRank: 3, normalisedRank: 1, rawScore: 50, normalisedScore: 1 });
    expect(rows[c.id]).toMatchObject({ rank: 4, rawRank: 4, normalisedRank: 4, rawScore: 25 });
    expect(normalised.every((row: Row) => row.outcome === null)).toBe(true);
  });

  it('flags the scorecards still missing from jurors without a conflict, a draft counting as missing', async () => {
    const { edition, a, b, c, given } = await harshAndLenient(awards);
    const [silent] = await awards.dataSource.query(
      `SELECT m.juror_account_id FROM jury_member m WHERE m.edition_id = $1
       AND NOT EXISTS (SELECT 1 FROM scorecard s WHERE s.juror_account_id = m.juror_account_id)`,
      [edition.id],
    );
    await given.save(viewers.juror(silent.juror_account_id), c.id, [
      { criterion: 'together', score: 5, comment: 'A draft.' },
    ]);
    const rows = byNomination((await awards.ok(RESULTS, { editionId: edition.id }, admin)).awardResults);
    // A: the harsh juror is conflicted, so the lenient one submitted and the silent one is missing.
    expect(rows[a.id]).toMatchObject({ submittedScorecards: 1, missingScorecards: 1 });
    expect(rows[b.id]).toMatchObject({ submittedScorecards: 1, missingScorecards: 1 });
    expect(rows[c.id]).toMatchObject({ submittedScorecards: 2, missingScorecards: 1 });
  });

  it('leaves out nominations that are not judged (ineligible, withdrawn) and ranks unscored ones last, tied', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const { edition, nominations } = await given.judging(
      [juror.id!],
      [
        NominationStatus.ELIGIBLE,
        NominationStatus.SHORTLISTED,
        NominationStatus.ELIGIBLE,
        NominationStatus.INELIGIBLE,
        NominationStatus.ELIGIBLE,
      ],
    );
    await withdrawn(awards, nominations[4]);
    await given.scoreAndSubmit(juror, nominations[1].id);
    const rows = (await awards.ok(RESULTS, { editionId: edition.id }, admin)).awardResults;
    expect(
      rows.map((row: Row) => [row.nomination.id, row.rank, row.tied, row.rawScore, row.missingScorecards]),
    ).toEqual([
      [nominations[1].id, 1, false, (100 * (2 * 0.75 + 0.5)) / 3, 0],
      [nominations[0].id, 2, true, null, 1],
      [nominations[2].id, 2, true, null, 1],
    ]);
  });

  it('reads the scorecards and the nominations of an edition in one statement each, however many there are', async () => {
    const { edition } = await harshAndLenient(awards);
    const selects = await awards.selectsDuring(async () => {
      await awards.ok(RESULTS, { editionId: edition.id }, admin);
    });
    expect(selects.filter((sql) => sql.includes('FROM "scorecard"') || sql.includes('FROM scorecard'))).toHaveLength(1);
    expect(selects.filter((sql) => /FROM "nomination"/.test(sql))).toHaveLength(1);
    expect(selects.length).toBeLessThanOrEqual(5);
  });

  it('is NOT_FOUND for an unknown edition', async () => {
    expect(codeOf(await awards.gql(RESULTS, { editionId: randomUUID() }, admin))).toBe('NOT_FOUND');
  });
});

describe('recordAwardDecision', () => {
  it('sets winners, finalists and not selected, keeps special mentions, and moves the edition to DECIDED with its reason', async () => {
    const { edition, a, b, c, d } = await harshAndLenient(awards);
    const data = await awards.ok(
      DECIDE,
      {
        input: {
          editionId: edition.id,
          expectedVersion: await versionOf(awards, edition),
          winners: [b.id],
          finalists: [a.id],
          specialMentions: [d.id],
          reason: 'The jury follows the normalised ranking.',
        },
      },
      coordinator,
    );
    expect(data.recordAwardDecision.edition.phase).toBe('DECIDED');
    expect(data.recordAwardDecision.change).toEqual({
      fromPhase: 'JUDGING',
      toPhase: 'DECIDED',
      reason: 'The jury follows the normalised ranking.',
    });
    expect(data.recordAwardDecision.edition.phaseHistory.at(-1)).toEqual(data.recordAwardDecision.change);
    expect(data.recordAwardDecision.decision).toMatchObject({ normalised: true, specialMentionIds: [d.id] });
    expect(await statuses(edition.id)).toEqual({
      [a.id]: 'FINALIST',
      [b.id]: 'WINNER',
      [c.id]: 'NOT_SELECTED',
      [d.id]: 'NOT_SELECTED',
    });
    const rows = byNomination((await awards.ok(RESULTS, { editionId: edition.id }, coordinator)).awardResults);
    expect([a, b, c, d].map((n) => rows[n.id].outcome)).toEqual([
      'FINALIST',
      'WINNER',
      'NOT_SELECTED',
      'SPECIAL_MENTION',
    ]);
    expect(rows[b.id]).toMatchObject({ rank: 1, rawScore: 50, submittedScorecards: 1 });
  });

  it.each([
    ['no winner', () => ({ winners: [] }), 'winners'],
    ['an unknown nomination', () => ({ winners: [randomUUID()] }), 'winners.0'],
    ['an ineligible nomination', (ids: string[]) => ({ winners: [ids[0]], finalists: [ids[2]] }), 'finalists.0'],
    [
      'a withdrawn nomination',
      (ids: string[]) => ({ winners: [ids[0]], specialMentions: [ids[3]] }),
      'specialMentions.0',
    ],
    [
      'a nomination in two lists',
      (ids: string[]) => ({ winners: [ids[0]], finalists: [ids[1], ids[0]] }),
      'finalists.1',
    ],
  ])('refuses %s (BAD_USER_INPUT) and changes nothing', async (_, lists, field) => {
    const given = scoring(awards);
    const { edition, nominations } = await given.judging(
      [],
      [NominationStatus.ELIGIBLE, NominationStatus.SHORTLISTED, NominationStatus.INELIGIBLE, NominationStatus.ELIGIBLE],
    );
    await withdrawn(awards, nominations[3]);
    const before = await statuses(edition.id);
    const result = await awards.gql(
      DECIDE,
      {
        input: {
          editionId: edition.id,
          expectedVersion: await versionOf(awards, edition),
          reason: 'Decided.',
          ...lists(nominations.map((n) => n.id)),
        },
      },
      admin,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.body.errors)).toContain(`"${field}"`);
    expect(await statuses(edition.id)).toEqual(before);
    const [stored] = await awards.dataSource.query('SELECT phase FROM award_edition WHERE id = $1', [edition.id]);
    expect(stored.phase).toBe('JUDGING');
  });

  it('refuses a stale expectedVersion (CONFLICT) and records nothing', async () => {
    const given = scoring(awards);
    const { edition, nominations } = await given.judging([], [NominationStatus.ELIGIBLE]);
    const stale = (await versionOf(awards, edition)) - 1;
    const result = await awards.gql(
      DECIDE,
      { input: { editionId: edition.id, expectedVersion: stale, winners: [nominations[0].id], reason: 'Decided.' } },
      admin,
    );
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await statuses(edition.id)).toEqual({ [nominations[0].id]: 'ELIGIBLE' });
    expect(await awards.dataSource.query('SELECT 1 FROM award_decision WHERE edition_id = $1', [edition.id])).toEqual(
      [],
    );
  });

  it('refuses an edition that is not judging (CONFLICT), a second decision included', async () => {
    const given = scoring(awards);
    const { edition, nominations } = await given.judging([], [NominationStatus.ELIGIBLE]);
    const input = { editionId: edition.id, winners: [nominations[0].id], reason: 'Decided.' };
    await awards.ok(DECIDE, { input: { ...input, expectedVersion: await versionOf(awards, edition) } }, admin);
    const again = await awards.gql(
      DECIDE,
      { input: { ...input, expectedVersion: await versionOf(awards, edition) } },
      admin,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toContain('phase DECIDED');
  });
});

describe('announced results', () => {
  it('show everyone the winners, finalists and special mentions with their rank in the ranking the decision used, no score', async () => {
    for (const normalised of [true, false]) {
      const { edition, a, b, d, given } = await harshAndLenient(awards);
      await awards.ok(
        DECIDE,
        {
          input: {
            editionId: edition.id,
            expectedVersion: await versionOf(awards, edition),
            winners: [b.id],
            finalists: [a.id],
            specialMentions: [d.id],
            normalised,
            reason: 'Decided.',
          },
        },
        admin,
      );
      const [decided] = await awards.dataSource.query('SELECT * FROM award_edition WHERE id = $1', [edition.id]);
      await given.decide({ ...edition, phase: decided.phase }, AwardEditionPhase.ANNOUNCED);

      // The public cannot switch the ranking: the decision's is the one announced.
      const rows = (await awards.ok(RESULTS, { editionId: edition.id, normalised: !normalised }, viewers.anonymous()))
        .awardResults;
      const ranks = normalised ? [1, 2, 3] : [3, 1, 2];
      expect(rows.map((row: Row) => [row.nomination.id, row.outcome, row.rank])).toEqual(
        [
          [b.id, 'WINNER', ranks[0]],
          [a.id, 'FINALIST', ranks[1]],
          [d.id, 'SPECIAL_MENTION', ranks[2]],
        ].sort((x, y) => (x[2] as number) - (y[2] as number)),
      );
      for (const row of rows) {
        expect(row).toMatchObject({ rawScore: null, normalisedScore: null, rawRank: null, submittedScorecards: null });
      }
    }
  });
});
