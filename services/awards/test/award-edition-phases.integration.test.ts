import { randomUUID } from 'node:crypto';
import { codeOf, problemFields, startSubgraph, viewers, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { seed } from './seed';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import { systemContextOf } from '@best/kit';

/** createAwardEdition and moveAwardEditionPhase over HTTP: the phase order, the deadlines, the history. */
let awards: TestSubgraph;
const admin = viewers.admin();
const coordinator = viewers.coordinator('LT');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
let year = 2050;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const CREATE = `mutation($input: CreateAwardEditionInput!) {
  createAwardEdition(input: $input) {
    edition { id year title phase version opensAt nominationsCloseAt decisionAt country { code } guideline { id } }
  }
}`;
const MOVE = `mutation($input: MoveAwardEditionPhaseInput!) {
  moveAwardEditionPhase(input: $input) {
    edition { id phase version }
    change { fromPhase toPhase reason changedBy changedAt }
  }
}`;
const HISTORY = `query($id: ID!) { awardEdition(id: $id) { phase version phaseHistory { fromPhase toPhase reason changedBy } } }`;

const move = (edition: Pick<AwardEdition, 'id' | 'version'>, to: AwardEditionPhase, reason = 'On schedule.') =>
  awards.gql(MOVE, { input: { id: edition.id, expectedVersion: edition.version, to, reason } }, coordinator);

const phaseOf = async (id: string) =>
  ((await awards.dataSource.query('SELECT phase FROM award_edition WHERE id = $1', [id])) as { phase: string }[])[0]
    .phase;
const historyRows = (id: string) =>
  awards.dataSource.query('SELECT to_phase FROM award_edition_phase_change WHERE edition_id = $1', [id]);

/** Moves the edition's nomination deadline into the past, as if the closing date had come. */
const closeNominations = (id: string) =>
  awards.dataSource.query(`UPDATE award_edition SET nominations_close_at = now() - interval '1 hour' WHERE id = $1`, [
    id,
  ]);

async function createInput(overrides: Record<string, unknown> = {}) {
  const guideline = await seed(awards).guideline();
  return {
    countryCode: 'LT',
    year: ++year,
    guidelineId: guideline.id,
    title: 'Lithuanian national award',
    opensAt: inDays(1).toISOString(),
    nominationsCloseAt: inDays(30).toISOString(),
    decisionAt: inDays(90).toISOString(),
    ...overrides,
  };
}

describe('createAwardEdition', () => {
  it('starts a draft for the country, whatever its case, pinned to a published guideline', async () => {
    const input = await createInput({ countryCode: 'lt' });
    const { createAwardEdition } = await awards.ok(CREATE, { input }, coordinator);
    expect(createAwardEdition.edition).toMatchObject({
      year: input.year,
      title: 'Lithuanian national award',
      phase: 'DRAFT',
      version: 1,
      opensAt: input.opensAt,
      nominationsCloseAt: input.nominationsCloseAt,
      decisionAt: input.decisionAt,
      country: { code: 'LT' },
      guideline: { id: input.guidelineId },
    });
  });

  it('refuses a draft guideline with BAD_USER_INPUT on guidelineId, and stores nothing', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const input = await createInput({ guidelineId: draft.id });
    const result = await awards.gql(CREATE, { input }, admin);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(problemFields(result)).toEqual(['guidelineId']);
    expect(result.body.errors![0].extensions!.problems).toEqual([
      { field: 'guidelineId', message: 'an edition can only be judged by a published guideline version' },
    ]);
    expect(await awards.dataSource.query('SELECT id FROM award_edition WHERE year = $1', [input.year])).toEqual([]);
  });

  it('refuses a second edition of the same country and year with CONFLICT; another year is fine', async () => {
    const input = await createInput();
    await awards.ok(CREATE, { input }, admin);
    const second = await awards.gql(CREATE, { input: { ...input, title: 'Again' } }, admin);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.body.errors![0].message).toBe(`LT already has an award edition for ${input.year}.`);
    await awards.ok(CREATE, { input: { ...input, year: ++year } }, admin);
  });

  it('refuses deadlines out of order with BAD_USER_INPUT naming each field; in order they are accepted', async () => {
    const closingBeforeOpening = await awards.gql(
      CREATE,
      { input: await createInput({ opensAt: inDays(40).toISOString() }) },
      admin,
    );
    expect(codeOf(closingBeforeOpening)).toBe('BAD_USER_INPUT');
    expect(problemFields(closingBeforeOpening)).toEqual(['nominationsCloseAt']);

    const decisionBeforeClosing = await awards.gql(
      CREATE,
      { input: await createInput({ decisionAt: inDays(29).toISOString() }) },
      admin,
    );
    expect(codeOf(decisionBeforeClosing)).toBe('BAD_USER_INPUT');
    expect(problemFields(decisionBeforeClosing)).toEqual(['decisionAt']);

    await awards.ok(CREATE, { input: await createInput({ opensAt: null }) }, admin);
  });

  it('refuses an unknown country, a malformed guideline id and a blank title before anything else', async () => {
    const input = await createInput({ countryCode: 'XX', guidelineId: 'not-an-id', title: '   ' });
    const result = await awards.gql(CREATE, { input }, admin);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(new Set(problemFields(result))).toEqual(new Set(['countryCode', 'guidelineId', 'title']));
  });
});

describe('moveAwardEditionPhase', () => {
  const lithuanian = (overrides: Parameters<ReturnType<typeof seed>['edition']>[0] = {}) =>
    seed(awards).edition({ countryCode: 'LT', ...overrides });

  it('walks draft → nominations open → judging → (decided by its decision) → announced, recording each move with who and why, oldest first', async () => {
    let edition: Pick<AwardEdition, 'id' | 'version'> = await lithuanian();
    const moveAs = async (to: AwardEditionPhase, reason: string) => {
      const data = await awards.ok(
        MOVE,
        { input: { id: edition.id, expectedVersion: edition.version, to, reason } },
        coordinator,
      );
      expect(data.moveAwardEditionPhase.change).toMatchObject({
        toPhase: to,
        reason,
        changedBy: 'Test Coordinator LT',
      });
      edition = data.moveAwardEditionPhase.edition;
    };
    await moveAs(AwardEditionPhase.NOMINATIONS_OPEN, 'Step 1');
    await closeNominations(edition.id);
    await moveAs(AwardEditionPhase.JUDGING, 'Step 2');
    // A bare move never decides an edition: recording the decision does (results tests), here the platform's step.
    const bare = await awards.gql(
      MOVE,
      { input: { id: edition.id, expectedVersion: edition.version, to: AwardEditionPhase.DECIDED, reason: 'Step 3' } },
      coordinator,
    );
    expect(codeOf(bare)).toBe('CONFLICT');
    expect(bare.body.errors![0].message).toMatch(/recordAwardDecision/);
    edition = await new AwardEditionService(systemContextOf(awardsSubgraph, awards.dataSource)).advancePhase(
      edition.id,
      edition.version,
      'Step 3',
    );
    await moveAs(AwardEditionPhase.ANNOUNCED, 'Step 4');
    const { awardEdition } = await awards.ok(HISTORY, { id: edition.id }, admin);
    expect(awardEdition).toEqual({
      phase: 'ANNOUNCED',
      version: 5,
      phaseHistory: [
        { fromPhase: 'DRAFT', toPhase: 'NOMINATIONS_OPEN', reason: 'Step 1', changedBy: 'Test Coordinator LT' },
        { fromPhase: 'NOMINATIONS_OPEN', toPhase: 'JUDGING', reason: 'Step 2', changedBy: 'Test Coordinator LT' },
        { fromPhase: 'JUDGING', toPhase: 'DECIDED', reason: 'Step 3', changedBy: 'B.E.S.T. platform' },
        { fromPhase: 'DECIDED', toPhase: 'ANNOUNCED', reason: 'Step 4', changedBy: 'Test Coordinator LT' },
      ],
    });
  });

  it('refuses to skip a phase or to go back, with BAD_USER_INPUT and the phases allowed, and changes nothing', async () => {
    const draft = await lithuanian();
    const skip = await move(draft, AwardEditionPhase.JUDGING);
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(skip.body.errors![0].extensions).toMatchObject({
      fromPhase: 'DRAFT',
      toPhase: 'JUDGING',
      allowedPhases: ['NOMINATIONS_OPEN'],
    });
    const judging = await lithuanian({ phase: AwardEditionPhase.JUDGING });
    const back = await move(judging, AwardEditionPhase.NOMINATIONS_OPEN);
    expect(codeOf(back)).toBe('BAD_USER_INPUT');
    expect(back.body.errors![0].extensions).toMatchObject({ allowedPhases: ['DECIDED'] });
    const announced = await lithuanian({ phase: AwardEditionPhase.ANNOUNCED });
    expect(codeOf(await move(announced, AwardEditionPhase.ANNOUNCED))).toBe('BAD_USER_INPUT');
    expect([await phaseOf(draft.id), await phaseOf(judging.id)]).toEqual(['DRAFT', 'JUDGING']);
  });

  it('takes open nominations back to draft while none has arrived; once one has, CONFLICT', async () => {
    const empty = await lithuanian({ phase: AwardEditionPhase.NOMINATIONS_OPEN });
    const back = await awards.ok(
      MOVE,
      {
        input: { id: empty.id, expectedVersion: empty.version, to: 'DRAFT', reason: 'Opened by mistake.' },
      },
      coordinator,
    );
    expect(back.moveAwardEditionPhase.edition.phase).toBe('DRAFT');

    const { edition: nominated } = await seed(awards).editionWithNominations(
      AwardEditionPhase.NOMINATIONS_OPEN,
      [NominationStatus.SUBMITTED],
      { countryCode: 'LT' },
    );
    const refused = await move(nominated, AwardEditionPhase.DRAFT);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0].message).toContain('already has 1 nomination');
    expect(await phaseOf(nominated.id)).toBe('NOMINATIONS_OPEN');
  });

  it('refuses a move sent with a stale expectedVersion with CONFLICT, and records nothing', async () => {
    const edition = await lithuanian();
    const stale = await move({ id: edition.id, version: edition.version + 3 }, AwardEditionPhase.NOMINATIONS_OPEN);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.body.errors![0].extensions).toMatchObject({
      currentVersion: edition.version,
      expectedVersion: edition.version + 3,
    });
    expect(await historyRows(edition.id)).toEqual([]);
    expect(codeOf(await move(edition, AwardEditionPhase.NOMINATIONS_OPEN))).toBeUndefined();
  });

  it('does not open nominations before opensAt (CONFLICT with notBefore), and opens them from then on', async () => {
    const opensAt = inDays(2);
    const early = await lithuanian({ opensAt });
    const refused = await move(early, AwardEditionPhase.NOMINATIONS_OPEN);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0].extensions!.notBefore).toBe(opensAt.toISOString());
    expect(await phaseOf(early.id)).toBe('DRAFT');

    const due = await lithuanian({ opensAt: inDays(-1) });
    expect(codeOf(await move(due, AwardEditionPhase.NOMINATIONS_OPEN))).toBeUndefined();
  });

  it('does not open nominations once their closing date has passed (CONFLICT)', async () => {
    const late = await lithuanian({ nominationsCloseAt: inDays(-1), decisionAt: inDays(30) });
    const refused = await move(late, AwardEditionPhase.NOMINATIONS_OPEN);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0].message).toContain('which has passed');
  });

  it('does not open nominations before both deadlines are set (BAD_USER_INPUT)', async () => {
    const undated = await lithuanian({ nominationsCloseAt: null, decisionAt: null });
    const refused = await move(undated, AwardEditionPhase.NOMINATIONS_OPEN);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['nominationsCloseAt', 'decisionAt']);
  });

  it('does not start judging before nominations close (CONFLICT with notBefore), and starts it once they have', async () => {
    const open = await lithuanian({ phase: AwardEditionPhase.NOMINATIONS_OPEN });
    const refused = await move(open, AwardEditionPhase.JUDGING);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0].extensions!.notBefore).toBe(open.nominationsCloseAt!.toISOString());
    expect(await phaseOf(open.id)).toBe('NOMINATIONS_OPEN');

    await closeNominations(open.id);
    expect(codeOf(await move(open, AwardEditionPhase.JUDGING))).toBeUndefined();
    expect(await phaseOf(open.id)).toBe('JUDGING');
  });

  it('requires a reason: a blank one is BAD_USER_INPUT', async () => {
    const edition = await lithuanian();
    const refused = await move(edition, AwardEditionPhase.NOMINATIONS_OPEN, '   ');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(await phaseOf(edition.id)).toBe('DRAFT');
  });

  it('answers NOT_FOUND for an edition that does not exist', async () => {
    const missing = { id: randomUUID(), version: 1 };
    expect(codeOf(await move(missing, AwardEditionPhase.NOMINATIONS_OPEN))).toBe('NOT_FOUND');
  });
});

describe('phaseHistory', () => {
  it('of many editions, read through awardEditions and _entities, is loaded in one SQL statement', async () => {
    const given = seed(awards);
    const guideline = await given.guideline();
    const editions: AwardEdition[] = [];
    for (let i = 0; i < 4; i++) {
      editions.push(await given.edition({ guideline, countryCode: 'EE', phase: AwardEditionPhase.JUDGING }));
    }
    const query = `query($r: [_Any!]!) {
      awardEditions(countryCode: "EE", first: 10) { nodes { id phaseHistory { toPhase } } }
      _entities(representations: $r) { ... on AwardEdition { id phaseHistory { toPhase changedBy } } }
    }`;
    const r = editions.map(({ id }) => ({ __typename: 'AwardEdition', id }));
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = await awards.ok(query, { r }, admin);
    });
    const walked = [{ toPhase: 'NOMINATIONS_OPEN' }, { toPhase: 'JUDGING' }];
    expect(data.awardEditions.nodes).toHaveLength(4);
    expect(data.awardEditions.nodes.every((e: any) => JSON.stringify(e.phaseHistory) === JSON.stringify(walked))).toBe(
      true,
    );
    expect(data._entities.map((e: any) => e.phaseHistory)).toEqual(
      editions.map(() => walked.map((w) => ({ ...w, changedBy: 'B.E.S.T. platform' }))),
    );
    const historySelects = selects.filter((sql) => sql.includes('award_edition_phase_change'));
    expect(historySelects).toHaveLength(1);
  });
});
