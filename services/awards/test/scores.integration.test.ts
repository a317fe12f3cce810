import { randomUUID } from 'node:crypto';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { COMPLETE, scoring } from './score-builders';

let awards: TestSubgraph;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const admin = viewers.admin();
const coordinator = viewers.coordinator('IT');
const SCORES = `query($id: ID!) { nomination(id: $id) {
  myScorecard { jurorAccountId status version scores { criterion score comment } }
  scorecards { jurorAccountId status scores { criterion score comment } } } }`;

/** A fresh juror, on the jury of a fresh Italian edition in JUDGING with one eligible nomination. */
async function oneJuror(statuses: NominationStatus[] = [NominationStatus.ELIGIBLE]) {
  const given = scoring(awards);
  const juror = viewers.juror(randomUUID());
  const built = await given.judging([juror.id!], statuses);
  return { given, juror, ...built, nomination: built.nominations[0] };
}

describe('saving and submitting a scorecard', () => {
  it('a juror saves a partial draft, then the rest, and submits once every criterion has a score and a comment', async () => {
    const { given, juror, nomination } = await oneJuror([NominationStatus.SHORTLISTED]);
    const first = await given.save(juror, nomination.id, [{ criterion: 'together', score: 5 }]);
    expect(first.body.data?.saveScores.scorecard).toMatchObject({
      status: 'DRAFT',
      version: 1,
      submittedAt: null,
      jurorAccountId: juror.id,
      scores: [{ criterion: 'together', score: 5, comment: '' }],
    });

    const second = await given.save(juror, nomination.id, COMPLETE, 1);
    expect(second.body.data?.saveScores.scorecard).toMatchObject({
      status: 'DRAFT',
      version: 2,
      scores: [
        { criterion: 'regular-times', score: 3, comment: 'Every Saturday, most weeks.' },
        { criterion: 'together', score: 4, comment: 'Newcomers and neighbours run it side by side.' },
      ],
    });

    const submitted = await given.submit(juror, nomination.id, 2);
    expect(submitted.body.errors).toBeUndefined();
    const card = submitted.body.data!.submitScorecard.scorecard;
    expect(card).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(Date.now() - Date.parse(card.submittedAt)).toBeLessThan(60_000);
    expect((await awards.ok(SCORES, { id: nomination.id }, juror)).nomination.myScorecard.status).toBe('SUBMITTED');
  });

  it('three simultaneous first saves of one juror’s draft all land on one scorecard, one after another', async () => {
    const { given, juror, nomination } = await oneJuror();
    const results = await Promise.all(
      [1, 2, 3].map((score) => given.save(juror, nomination.id, [{ criterion: 'together', score }])),
    );
    expect(results.map((r) => r.body.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.body.data!.saveScores.scorecard.version).sort()).toEqual([1, 2, 3]);
    expect(await given.stored(nomination.id)).toEqual([{ juror_account_id: juror.id, status: 'DRAFT', scores: 1 }]);
  });

  it('a score off its criterion’s scale, an unknown criterion and a criterion given twice are BAD_USER_INPUT, and nothing is saved', async () => {
    const { given, juror, nomination } = await oneJuror();
    const result = await given.save(juror, nomination.id, [
      { criterion: 'together', score: 6 },
      { criterion: 'courage', score: 3 },
      { criterion: 'regular-times', score: 2 },
      { criterion: 'regular-times', score: 3 },
    ]);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(problemFields(result)).toEqual(['scores.0.score', 'scores.1.criterion', 'scores.3.criterion']);
    expect(await given.stored(nomination.id)).toEqual([]);
  });

  it('submitting before every criterion has a score and a comment is BAD_USER_INPUT listing what is missing', async () => {
    const { given, juror, nomination } = await oneJuror();
    const nothing = await given.submit(juror, nomination.id, 1);
    expect(codeOf(nothing)).toBe('BAD_USER_INPUT');
    expect(nothing.body.errors?.[0].message).toMatch(/missing: together, regular-times/);

    await given.save(juror, nomination.id, [{ criterion: 'together', score: 2 }]);
    const partial = await given.submit(juror, nomination.id, 1);
    expect(codeOf(partial)).toBe('BAD_USER_INPUT');
    expect(partial.body.errors?.[0].message).toMatch(/missing: together \(comment\), regular-times\./);
    expect(problemFields(partial)).toEqual(['scores.together', 'scores.regular-times']);
    expect(await given.stored(nomination.id)).toEqual([{ juror_account_id: juror.id, status: 'DRAFT', scores: 1 }]);
  });

  it('a submitted scorecard is frozen: saving or submitting it again is a CONFLICT and changes nothing', async () => {
    const { given, juror, nomination } = await oneJuror();
    await given.scoreAndSubmit(juror, nomination.id);
    const again = await given.save(juror, nomination.id, [{ criterion: 'together', score: 1 }]);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0].message).toMatch(/already submitted/);
    expect(codeOf(await given.submit(juror, nomination.id, 3))).toBe('CONFLICT');
    const card = (await awards.ok(SCORES, { id: nomination.id }, juror)).nomination.myScorecard;
    expect(card.scores.find((s: { criterion: string }) => s.criterion === 'together').score).toBe(4);
  });

  it('a save from a stale version is a CONFLICT and the later save is kept', async () => {
    const { given, juror, nomination } = await oneJuror();
    await given.save(juror, nomination.id, [{ criterion: 'together', score: 2 }]);
    await given.save(juror, nomination.id, [{ criterion: 'together', score: 3 }], 1);
    const stale = await given.save(juror, nomination.id, [{ criterion: 'together', score: 5 }], 1);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.body.errors?.[0].extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(codeOf(await given.submit(juror, nomination.id, 1))).toBe('CONFLICT');
    const card = (await awards.ok(SCORES, { id: nomination.id }, juror)).nomination.myScorecard;
    expect(card).toMatchObject({ version: 2, scores: [{ criterion: 'together', score: 3 }] });
  });

  it('nominations are scored only while the edition is judging: before and after, a CONFLICT', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const open = await given.editionWithNominations(AwardEditionPhase.NOMINATIONS_OPEN, [NominationStatus.ELIGIBLE], {
      countryCode: 'IT',
    });
    await given.juror(open.edition, juror.id!);
    const early = await given.save(juror, open.nominations[0].id, COMPLETE);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.body.errors?.[0].message).toMatch(
      /is in phase NOMINATIONS_OPEN: nominations are scored only while judging/,
    );

    const judged = await oneJuror();
    await judged.given.save(judged.juror, judged.nomination.id, [{ criterion: 'together', score: 3 }]);
    await judged.given.decide(judged.edition);
    const late = await judged.given.save(judged.juror, judged.nomination.id, COMPLETE);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.body.errors?.[0].message).toMatch(/is in phase DECIDED/);
    expect(await given.stored(judged.nomination.id)).toEqual([
      { juror_account_id: judged.juror.id, status: 'DRAFT', scores: 1 },
    ]);
  });

  it('only eligible and shortlisted nominations are scored: a submitted or ineligible one is a CONFLICT', async () => {
    const { given, juror, nominations } = await oneJuror([NominationStatus.SUBMITTED, NominationStatus.INELIGIBLE]);
    for (const nomination of nominations) {
      const result = await given.save(juror, nomination.id, COMPLETE);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.body.errors?.[0].message).toMatch(/only eligible and shortlisted nominations are scored/);
    }
  });

  it('a juror with a declared conflict cannot score that nomination, and still scores the others', async () => {
    const { given, juror, nominations } = await oneJuror([NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE]);
    expect((await given.declare(juror, nominations[0].id)).body.errors).toBeUndefined();
    const refused = await given.save(juror, nominations[0].id, COMPLETE);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0].message).toMatch(/declared a conflict of interest with this nomination/);
    expect(codeOf(await given.submit(juror, nominations[0].id, 1))).toBe('FORBIDDEN');
    expect((await given.save(juror, nominations[1].id, COMPLETE)).body.errors).toBeUndefined();
  });

  it('a juror not on the edition’s jury, and an admin who is not, may not score (FORBIDDEN); an unknown nomination is NOT_FOUND', async () => {
    const { given, nomination } = await oneJuror();
    const outsider = viewers.juror(randomUUID());
    for (const viewer of [outsider, admin, coordinator]) {
      const result = await given.save(viewer, nomination.id, COMPLETE);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.body.errors?.[0].message).toMatch(/Only jurors on the jury of ".*" score its nominations/);
    }
    expect(codeOf(await given.save(outsider, randomUUID(), COMPLETE))).toBe('NOT_FOUND');
    expect(await given.stored(nomination.id)).toEqual([]);
  });
});

describe('blind scoring', () => {
  it('a juror reads only their own scorecard, before and after the decision; the other juror’s stays hidden', async () => {
    const given = scoring(awards);
    const [ana, ben] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { edition, nominations } = await given.judging([ana.id!, ben.id!]);
    const id = nominations[0].id;
    await given.scoreAndSubmit(ana, id);
    await given.save(ben, id, [{ criterion: 'together', score: 1, comment: 'Too early to tell.' }]);

    for (const phase of ['JUDGING', 'DECIDED']) {
      if (phase === 'DECIDED') await given.decide(edition);
      const asAna = (await awards.ok(SCORES, { id }, ana)).nomination;
      const asBen = (await awards.ok(SCORES, { id }, ben)).nomination;
      expect(asAna.myScorecard).toMatchObject({ jurorAccountId: ana.id, status: 'SUBMITTED' });
      expect(asBen.myScorecard).toMatchObject({ jurorAccountId: ben.id, status: 'DRAFT', scores: [{ score: 1 }] });
      expect(asAna.scorecards).toEqual([]);
      expect(asBen.scorecards).toEqual([]);
    }
  });

  it('admins and the coordinator read no scores while judging, and every submitted scorecard (not drafts) once decided', async () => {
    const given = scoring(awards);
    const [ana, ben] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { edition, nominations } = await given.judging([ana.id!, ben.id!]);
    const id = nominations[0].id;
    await given.scoreAndSubmit(ana, id);
    await given.save(ben, id, [{ criterion: 'together', score: 1 }]);
    for (const organiser of [admin, coordinator]) {
      const before = (await awards.ok(SCORES, { id }, organiser)).nomination;
      expect(before).toEqual({ myScorecard: null, scorecards: [] });
    }
    await given.decide(edition, AwardEditionPhase.ANNOUNCED);
    for (const organiser of [admin, coordinator]) {
      const after = (await awards.ok(SCORES, { id }, organiser)).nomination;
      expect(after.scorecards).toEqual([
        {
          jurorAccountId: ana.id,
          status: 'SUBMITTED',
          scores: [
            { criterion: 'regular-times', score: 3, comment: 'Every Saturday, most weeks.' },
            { criterion: 'together', score: 4, comment: 'Newcomers and neighbours run it side by side.' },
          ],
        },
      ]);
    }
  });
});

describe('jury progress', () => {
  const PROGRESS = `query($id: ID!) { awardEdition(id: $id) {
    juryProgress { jurorAccountId displayName toScore drafts submitted conflicts } } }`;

  it('counts, per juror in assignment order, the nominations to score, drafts, submitted scorecards and conflicts', async () => {
    const given = scoring(awards);
    const [ana, ben] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { edition, nominations } = await given.judging(
      [ana.id!, ben.id!],
      [NominationStatus.ELIGIBLE, NominationStatus.SHORTLISTED, NominationStatus.ELIGIBLE, NominationStatus.INELIGIBLE],
    );
    await given.scoreAndSubmit(ana, nominations[0].id);
    await given.save(ana, nominations[1].id, [{ criterion: 'together', score: 2 }]);
    await given.declare(ben, nominations[2].id);
    await given.save(ben, nominations[0].id, [{ criterion: 'together', score: 2 }]);

    const data = await awards.ok(PROGRESS, { id: edition.id }, coordinator);
    expect(data.awardEdition.juryProgress).toEqual([
      {
        jurorAccountId: ana.id,
        displayName: `Juror ${ana.id!.slice(-4)}`,
        toScore: 3,
        drafts: 1,
        submitted: 1,
        conflicts: 0,
      },
      {
        jurorAccountId: ben.id,
        displayName: `Juror ${ben.id!.slice(-4)}`,
        toScore: 2,
        drafts: 1,
        submitted: 0,
        conflicts: 1,
      },
    ]);
  });
});

describe('batching', () => {
  it('scorecards, own scorecards and progress over many nominations and editions take one statement each', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const editions = [];
    for (let i = 0; i < 3; i++) {
      const built = await given.judging([juror.id!], [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE]);
      for (const nomination of built.nominations) await given.scoreAndSubmit(juror, nomination.id);
      await given.decide(built.edition);
      editions.push(built);
    }
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on AwardEdition { id juryProgress { submitted } conflicts { id } }
      ... on Nomination { id myScorecard { status } scorecards { scores { score } } viewerHasConflict } } }`;
    const r = editions.flatMap(({ edition, nominations }) => [
      { __typename: 'AwardEdition', id: edition.id },
      ...nominations.map(({ id }) => ({ __typename: 'Nomination', id })),
    ]);
    const asAdmin = viewers.admin();
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = await awards.ok(query, { r }, asAdmin);
    });
    const nominationsSeen = data._entities.filter((e: any) => 'scorecards' in e);
    expect(nominationsSeen).toHaveLength(6);
    expect(nominationsSeen.every((n: any) => n.scorecards.length === 1)).toBe(true);
    expect(data._entities.filter((e: any) => 'juryProgress' in e).map((e: any) => e.juryProgress)).toEqual(
      editions.map(() => [{ submitted: 2 }]),
    );
    const count = (statements: string[], ...parts: string[]) =>
      statements.filter((sql) => parts.every((part) => sql.includes(part))).length;
    // One statement per loader: own scorecards, revealed scorecards, progress, conflicts, own conflicts.
    expect(count(selects, 'FROM "scorecard"', '"card"."juror_account_id" =')).toBe(1);
    expect(count(selects, 'FROM "scorecard"', '"card"."status" =')).toBe(1);
    expect(count(selects, 'FROM jury_member member')).toBe(1);
    expect(count(selects, 'FROM "jury_conflict"', '"conflict"."edition_id" IN')).toBe(1);
    expect(count(selects, 'FROM "jury_conflict"', '"nomination_id" IN')).toBe(1);

    // A juror reads no one's scores and no progress: no statement is needed for either.
    const asJuror = await awards.selectsDuring(() => awards.ok(query, { r }, juror));
    expect(count(asJuror, 'FROM "scorecard"')).toBe(1);
    expect(count(asJuror, 'FROM jury_member member')).toBe(0);
  });
});
