import { randomUUID } from 'node:crypto';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { callerHasNoConflictWith } from '../src/jury/jury.access';
import { Nomination } from '../src/nominations/nomination.entity';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { COMPLETE, scoring, WITHDRAW } from './score-builders';

let awards: TestSubgraph;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const coordinator = viewers.coordinator('IT');
const CONFLICTS = `query($id: ID!) { awardEdition(id: $id) { conflicts { nominationId jurorAccountId reason } } }`;

describe('declareConflict', () => {
  it('records the juror’s conflict with its reason, which the coordinator reads in the edition’s conflicts', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const { edition, nominations } = await given.judging([juror.id!]);
    const result = await given.declare(juror, nominations[0].id, '  I chair its board.  ');
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.declareConflict).toMatchObject({
      conflict: { nominationId: nominations[0].id, jurorAccountId: juror.id, reason: 'I chair its board.' },
      edition: { id: edition.id },
    });
    expect(Date.now() - Date.parse(result.body.data!.declareConflict.conflict.declaredAt)).toBeLessThan(60_000);
    expect((await awards.ok(CONFLICTS, { id: edition.id }, coordinator)).awardEdition.conflicts).toEqual([
      { nominationId: nominations[0].id, jurorAccountId: juror.id, reason: 'I chair its board.' },
    ]);
  });

  it('viewerHasConflict is true for the juror who declared it and false for another juror of the same jury', async () => {
    // Admins read every nomination, so an admin on the jury still reads the one they are conflicted with.
    const given = scoring(awards);
    const admin = viewers.admin();
    const other = { ...viewers.admin(), id: randomUUID() };
    const { nominations } = await given.judging([admin.id!, other.id!], [NominationStatus.ELIGIBLE]);
    await given.declare(admin, nominations[0].id);
    const query = `query($id: ID!) { nomination(id: $id) { viewerHasConflict } }`;
    expect((await awards.ok(query, { id: nominations[0].id }, admin)).nomination.viewerHasConflict).toBe(true);
    expect((await awards.ok(query, { id: nominations[0].id }, other)).nomination.viewerHasConflict).toBe(false);
  });

  it('deletes the declaring juror’s scorecard for that nomination, draft or submitted, and keeps the other jurors’', async () => {
    const given = scoring(awards);
    const [ana, ben] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { nominations } = await given.judging(
      [ana.id!, ben.id!],
      [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE],
    );
    await given.scoreAndSubmit(ana, nominations[0].id);
    await given.save(ana, nominations[1].id, [{ criterion: 'together', score: 2 }]);
    await given.scoreAndSubmit(ben, nominations[0].id);
    for (const nomination of nominations) await given.declare(ana, nomination.id);
    expect(await given.stored(nominations[0].id)).toEqual([
      { juror_account_id: ben.id, status: 'SUBMITTED', scores: 2 },
    ]);
    expect(await given.stored(nominations[1].id)).toEqual([]);
  });

  it('a second declaration for the same nomination is a CONFLICT; once the edition is decided, so is any declaration', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const { edition, nominations } = await given.judging(
      [juror.id!],
      [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE],
    );
    await given.declare(juror, nominations[0].id);
    const twice = await given.declare(juror, nominations[0].id);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.body.errors?.[0].message).toMatch(/already declared a conflict/);
    await given.decide(edition);
    const late = await given.declare(juror, nominations[1].id);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.body.errors?.[0].message).toMatch(/already decided/);
  });

  it('a juror not on the edition’s jury may not declare (FORBIDDEN); an unknown nomination is NOT_FOUND; a blank reason is BAD_USER_INPUT', async () => {
    const given = scoring(awards);
    const { nominations } = await given.judging([randomUUID()]);
    const outsider = viewers.juror(randomUUID());
    const refused = await given.declare(outsider, nominations[0].id);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0].message).toMatch(/Only jurors on the jury of ".*" declare conflicts/);
    expect(codeOf(await given.declare(outsider, randomUUID()))).toBe('NOT_FOUND');
    const blank = await given.declare(outsider, nominations[0].id, '   ');
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(problemFields(blank)).toEqual(['reason']);
    const rows = await awards.dataSource.query('SELECT 1 FROM jury_conflict WHERE nomination_id = $1', [
      nominations[0].id,
    ]);
    expect(rows).toEqual([]);
  });
});

describe('withdrawConflictDeclaration', () => {
  it('lets the juror score the nomination again; withdrawing a conflict never declared is NOT_FOUND', async () => {
    const given = scoring(awards);
    const juror = viewers.juror(randomUUID());
    const { edition, nominations } = await given.judging([juror.id!]);
    await given.declare(juror, nominations[0].id);
    const input = { nominationId: nominations[0].id };
    expect((await awards.ok(WITHDRAW, { input }, juror)).withdrawConflictDeclaration).toEqual({
      nominationId: nominations[0].id,
      edition: { id: edition.id },
    });
    expect((await given.save(juror, nominations[0].id, COMPLETE)).body.errors).toBeUndefined();
    const again = await awards.gql(WITHDRAW, { input }, juror);
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect(again.body.errors?.[0].message).toMatch(/declared no conflict/);
  });
});

describe('the read rule a conflicted juror needs (callerHasNoConflictWith)', () => {
  it('is false for the nomination the juror declared a conflict with and true for the others and for other jurors', async () => {
    const given = scoring(awards);
    const [ana, ben] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { nominations } = await given.judging(
      [ana.id!, ben.id!],
      [NominationStatus.ELIGIBLE, NominationStatus.ELIGIBLE],
    );
    await given.declare(ana, nominations[0].id);
    const readable = async (viewer: typeof ana) => {
      const rule = callerHasNoConflictWith(viewer, 'nomination.id', 'juror')!;
      const rows = await awards.dataSource
        .getRepository(Nomination)
        .createQueryBuilder('nomination')
        .where('nomination.id IN (:...ids)', { ids: nominations.map((n) => n.id) })
        .andWhere(rule.sql, rule.parameters)
        .getMany();
      return rows.map((n) => n.id).sort();
    };
    expect(await readable(ana)).toEqual([nominations[1].id]);
    expect(await readable(ben)).toEqual(nominations.map((n) => n.id).sort());
    expect(callerHasNoConflictWith(viewers.anonymous(), 'nomination.id', 'juror')).toBeNull();
  });
});

describe('a nomination a juror declared a conflict with', () => {
  const READS = `query($id: ID!, $edition: ID!, $r: [_Any!]!) {
    nomination(id: $id) { id }
    awardEdition(id: $edition) { nominations(first: 50) { nodes { id } } }
    _entities(representations: $r) { ... on Nomination { id } ... on Initiative { nominations { id } } }
  }`;
  const readsOf = async (juror: ReturnType<typeof viewers.juror>, nomination: Nomination, editionId: string) => {
    const data = await awards.ok(
      READS,
      {
        id: nomination.id,
        edition: editionId,
        r: [
          { __typename: 'Nomination', id: nomination.id },
          { __typename: 'Initiative', id: nomination.initiativeId },
        ],
      },
      juror,
    );
    return {
      byId: data.nomination?.id ?? null,
      inEdition: data.awardEdition.nominations.nodes.some((n: { id: string }) => n.id === nomination.id),
      byReference: data._entities[0]?.id ?? null,
      onInitiative: data._entities[1].nominations.some((n: { id: string }) => n.id === nomination.id),
    };
  };

  it('is hidden from that juror by id, in the edition, by reference and on its initiative, and shown again once the declaration is withdrawn', async () => {
    const given = scoring(awards);
    const [conflicted, other] = [viewers.juror(randomUUID()), viewers.juror(randomUUID())];
    const { edition, nominations } = await given.judging([conflicted.id!, other.id!]);
    const [nomination] = nominations;
    const seen = { byId: nomination.id, inEdition: true, byReference: nomination.id, onInitiative: true };
    const hidden = { byId: null, inEdition: false, byReference: null, onInitiative: false };
    expect(await readsOf(conflicted, nomination, edition.id)).toEqual(seen);
    await given.declare(conflicted, nomination.id);
    expect(await readsOf(conflicted, nomination, edition.id)).toEqual(hidden);
    expect(await readsOf(other, nomination, edition.id)).toEqual(seen);
    await awards.ok(WITHDRAW, { input: { nominationId: nomination.id } }, conflicted);
    expect(await readsOf(conflicted, nomination, edition.id)).toEqual(seen);
  });
});
