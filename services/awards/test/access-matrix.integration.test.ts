import { randomUUID } from 'node:crypto';
import { systemContextOf, type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import { GuidelineService } from '../src/guidelines/guideline.service';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { Guideline } from '../src/guidelines/guideline.entity';
import type { Nomination } from '../src/nominations/nomination.entity';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { ADMINS, ASSIGNED_JUROR, EVERYONE, matrix, NOMINATION_READERS, type CallerKey } from './callers';
import { criterionDraft, seed } from './seed';
import { AwardDecision } from '../src/results/award-decision.entity';
import { BestPracticeService } from '../src/best-practices/best-practice.service';
import {
  APPROVE,
  bestPractices,
  CREATE_MANUAL,
  PUBLISH_MANUAL,
  REVISE,
  REVISE_MANUAL,
  texts,
} from './best-practice-builders';
import { NETWORK } from './callers';

/**
 * docs/access-rules.md, awards: every kind of caller against every protected read and write, each
 * rule both ways. The editions are Italian; the assigned juror is on the jury of each of them, the
 * other juror on none.
 */
let awards: TestSubgraph;
const world: Record<string, { edition: AwardEdition; nomination: Nomination }> = {};
let draft: Guideline;
let published: Guideline;
let open: AwardEdition;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  const given = seed(awards);
  const { WINNER, FINALIST, NOT_SELECTED, SHORTLISTED } = NominationStatus;
  const announced = await given.editionWithNominations(AwardEditionPhase.ANNOUNCED, [WINNER, FINALIST, NOT_SELECTED], {
    countryCode: 'IT',
  });
  const decided = await given.editionWithNominations(AwardEditionPhase.DECIDED, [WINNER], { countryCode: 'IT' });
  const judging = await given.editionWithNominations(AwardEditionPhase.JUDGING, [SHORTLISTED], { countryCode: 'IT' });
  world.announcedWinner = { edition: announced.edition, nomination: announced.nominations[0] };
  world.announcedFinalist = { edition: announced.edition, nomination: announced.nominations[1] };
  world.announcedNotSelected = { edition: announced.edition, nomination: announced.nominations[2] };
  world.decidedWinner = { edition: decided.edition, nomination: decided.nominations[0] };
  world.judging = { edition: judging.edition, nomination: judging.nominations[0] };
  draft = await given.guideline({ publish: false });
  published = await given.guideline();
  open = await given.edition({ countryCode: 'IT', phase: AwardEditionPhase.NOMINATIONS_OPEN });
  for (const edition of [announced.edition, decided.edition, judging.edition, open]) {
    await given.juror(edition, ASSIGNED_JUROR, 'Assigned Juror');
  }
});

afterAll(async () => {
  await awards?.stop();
});

const WHERE_SEEN = `query($id: ID!, $edition: ID!, $r: [_Any!]!) {
  nomination(id: $id) { id }
  awardEdition(id: $edition) { nominations(first: 100) { totalCount nodes { id } } }
  _entities(representations: $r) { ... on Initiative { nominations { id } } ... on Nomination { id } }
}`;

/** Every way this subgraph shows a nomination, asked in one request as `viewer`. */
async function whereSeen({ edition, nomination }: { edition: AwardEdition; nomination: Nomination }, viewer: Viewer) {
  const r = [
    { __typename: 'Initiative', id: nomination.initiativeId },
    { __typename: 'Nomination', id: nomination.id },
  ];
  const data = expectNoGraphQLErrors(
    (await awards.gql(WHERE_SEEN, { id: nomination.id, edition: edition.id, r }, viewer)).body,
    WHERE_SEEN,
  );
  const ids = (list: { id: string }[]) => list.map((n) => n.id);
  return [
    data.nomination?.id === nomination.id,
    ids(data.awardEdition.nominations.nodes).includes(nomination.id),
    ids(data._entities[0].nominations).includes(nomination.id),
    data._entities[1]?.id === nomination.id,
  ];
}

describe.each([
  ['the winner of an announced edition', 'announcedWinner', EVERYONE],
  ['a finalist of an announced edition', 'announcedFinalist', EVERYONE],
  ['a nomination not selected in an announced edition', 'announcedNotSelected', NOMINATION_READERS],
  ['the winner of an edition decided but not yet announced', 'decidedWinner', NOMINATION_READERS],
  ['a shortlisted nomination of an edition in judging', 'judging', NOMINATION_READERS],
] as const)('%s', (_, key, expected) => {
  it.each(matrix(expected))(
    '$caller: seen in nomination(id), AwardEdition.nominations, Initiative.nominations and references = $expected',
    async ({ viewer, expected: seen }) => {
      expect(await whereSeen(world[key], viewer)).toEqual([seen, seen, seen, seen]);
    },
  );
});

describe('who nominated', () => {
  it.each(matrix(NOMINATION_READERS))(
    '$caller reading an announced winner: nominator shown = $expected',
    async ({ viewer, expected }) => {
      const query = `query($id: ID!) { nomination(id: $id) { status nominatedBy } }`;
      const data = expectNoGraphQLErrors(
        (await awards.gql(query, { id: world.announcedWinner.nomination.id }, viewer)).body,
        query,
      );
      expect(data.nomination).toEqual({
        status: 'WINNER',
        nominatedBy: expected ? world.announcedWinner.nomination.nominatedBy : null,
      });
    },
  );
});

describe('guidelines', () => {
  const GUIDELINE = `query($id: ID!, $key: String, $r: [_Any!]!) {
    guideline(id: $id) { id }
    guidelines(key: $key) { id }
    drafts: guidelines(key: $key, published: false) { id }
    _entities(representations: $r) { ... on Guideline { id } }
  }`;
  const seen = async (guideline: Guideline, viewer: Viewer) => {
    const variables = { id: guideline.id, key: guideline.key, r: [{ __typename: 'Guideline', id: guideline.id }] };
    const data = expectNoGraphQLErrors((await awards.gql(GUIDELINE, variables, viewer)).body, GUIDELINE);
    return [
      data.guideline?.id === guideline.id,
      data.guidelines.some((g: { id: string }) => g.id === guideline.id),
      data._entities[0]?.id === guideline.id,
    ];
  };

  it.each(matrix(ADMINS))(
    '$caller: a draft seen in guideline(id), guidelines and references = $expected',
    async ({ viewer, expected }) => {
      expect(await seen(draft, viewer)).toEqual([expected, expected, expected]);
    },
  );

  it.each(matrix(EVERYONE))(
    '$caller: a published version seen everywhere = $expected',
    async ({ viewer, expected }) => {
      expect(await seen(published, viewer)).toEqual([expected, expected, expected]);
    },
  );
});

describe('submitNomination for an edition of Italy whose nominations are open', () => {
  const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id nominatedBy } } }`;
  type Outcome = 'NOMINATED' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  const OUTCOMES: Record<CallerKey, Outcome> = {
    // The public nominates through the form, with a name and an email address.
    anonymous: 'NOMINATED',
    admin: 'NOMINATED',
    coordinator: 'NOMINATED',
    otherCoordinator: 'FORBIDDEN',
    member: 'NOMINATED',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    assignedJuror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'NOMINATED',
  };

  it.each(matrix(OUTCOMES))('$caller: $expected', async ({ viewer, expected }) => {
    const initiativeId = randomUUID();
    const fromPublic = viewer.kind === 'ANONYMOUS';
    const input = {
      editionId: open.id,
      initiativeId,
      statement: 'Pensioners and young refugees run a repair café every week.',
      ...(fromPublic ? { nominatorName: 'A neighbour', nominatorEmail: 'neighbour@example.org' } : {}),
    };
    const { body } = await awards.gql(SUBMIT, { input }, viewer);
    const stored = await awards.dataSource.query('SELECT nominated_by FROM nomination WHERE initiative_id = $1', [
      initiativeId,
    ]);
    if (expected === 'NOMINATED') {
      expect(body.errors).toBeUndefined();
      const name = fromPublic ? 'A neighbour' : viewer.displayName;
      // The public never reads who nominated, its own nomination included.
      expect(body.data?.submitNomination.nomination.nominatedBy).toBe(fromPublic ? null : name);
      expect(stored).toEqual([{ nominated_by: name }]);
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(stored).toEqual([]);
    }
  });
});

describe('the jury of an edition of Italy', () => {
  const JURY_READERS: Record<CallerKey, boolean> = {
    ...ADMINS,
    coordinator: true,
    assignedJuror: true,
  };
  const JURY = `query($id: ID!, $r: [_Any!]!) {
    awardEdition(id: $id) { jury { jurorAccountId displayName } }
    _entities(representations: $r) { ... on AwardEdition { jury { jurorAccountId } } }
  }`;

  it.each(matrix(JURY_READERS))(
    '$caller: jury seen in awardEdition(id) and references = $expected (otherwise an empty list)',
    async ({ viewer, expected }) => {
      const { edition } = world.judging;
      const variables = { id: edition.id, r: [{ __typename: 'AwardEdition', id: edition.id }] };
      const data = expectNoGraphQLErrors((await awards.gql(JURY, variables, viewer)).body, JURY);
      const jury = expected ? [{ jurorAccountId: ASSIGNED_JUROR, displayName: 'Assigned Juror' }] : [];
      expect(data.awardEdition.jury).toEqual(jury);
      expect(data._entities[0].jury).toEqual(jury.map(({ jurorAccountId }) => ({ jurorAccountId })));
    },
  );

  it.each(matrix({ ...ADMINS, admin: false, assignedJuror: true }))(
    '$caller: viewerIsJuror = $expected',
    async ({ viewer, expected }) => {
      const query = `query($id: ID!) { awardEdition(id: $id) { viewerIsJuror } }`;
      const data = expectNoGraphQLErrors((await awards.gql(query, { id: world.judging.edition.id }, viewer)).body);
      expect(data.awardEdition.viewerIsJuror).toBe(expected);
    },
  );
});

describe('assignJuror and removeJuror for an edition of Italy', () => {
  const JURY_MANAGERS: Record<CallerKey, string> = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'DONE',
    coordinator: 'DONE',
    otherCoordinator: 'FORBIDDEN',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    assignedJuror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };
  const ASSIGN = `mutation($input: AssignJurorInput!) {
    assignJuror(input: $input) { juryMember { jurorAccountId displayName assignedBy } edition { id } } }`;
  const REMOVE = `mutation($input: RemoveJurorInput!) {
    removeJuror(input: $input) { jurorAccountId edition { id } } }`;
  const seats = (jurorAccountId: string) =>
    awards.dataSource.query('SELECT edition_id, display_name FROM jury_member WHERE juror_account_id = $1', [
      jurorAccountId,
    ]);

  it.each(matrix(JURY_MANAGERS))('$caller assigning a juror: $expected', async ({ viewer, expected }) => {
    const jurorAccountId = randomUUID();
    const input = { editionId: world.judging.edition.id, jurorAccountId, displayName: 'Giulia Rossi' };
    const { body } = await awards.gql(ASSIGN, { input }, viewer);
    if (expected === 'DONE') {
      expect(body.errors).toBeUndefined();
      expect(body.data?.assignJuror).toEqual({
        juryMember: { jurorAccountId, displayName: 'Giulia Rossi', assignedBy: viewer.displayName },
        edition: { id: world.judging.edition.id },
      });
      expect(await seats(jurorAccountId)).toEqual([
        { edition_id: world.judging.edition.id, display_name: 'Giulia Rossi' },
      ]);
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(await seats(jurorAccountId)).toEqual([]);
    }
  });

  it.each(matrix(JURY_MANAGERS))('$caller removing a juror: $expected', async ({ viewer, expected }) => {
    const jurorAccountId = randomUUID();
    await seed(awards).juror(world.judging.edition, jurorAccountId, 'Marco Bianchi');
    const input = { editionId: world.judging.edition.id, jurorAccountId };
    const { body } = await awards.gql(REMOVE, { input }, viewer);
    if (expected === 'DONE') {
      expect(body.errors).toBeUndefined();
      expect(body.data?.removeJuror).toEqual({ jurorAccountId, edition: { id: world.judging.edition.id } });
      expect(await seats(jurorAccountId)).toEqual([]);
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(await seats(jurorAccountId)).toHaveLength(1);
    }
  });
});

describe('awardCalibration of the juries judging by the guideline of a decided edition of Italy', () => {
  /** JURORS: the figures and the juror rows; FIGURES: the figures, jurorSpread null; otherwise the code. */
  const CALIBRATORS: Record<CallerKey, string> = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'JURORS',
    coordinator: 'JURORS',
    otherCoordinator: 'FIGURES',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    assignedJuror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };
  const CALIBRATION = `query($key: String!) { awardCalibration(guidelineKey: $key) {
    editions { edition { id } submittedScorecards jurorSpread { number scorecards } } } }`;
  let key: string;

  beforeAll(async () => {
    const { edition, nomination } = world.decidedWinner;
    [{ key }] = await awards.dataSource.query('SELECT key FROM guideline WHERE id = $1', [edition.guidelineId]);
    // The assigned juror's scorecard, submitted while the edition was judging.
    const [card] = await awards.dataSource.query(
      `INSERT INTO scorecard (edition_id, nomination_id, juror_account_id, status, submitted_at)
       VALUES ($1, $2, $3, 'SUBMITTED', now()) RETURNING id`,
      [edition.id, nomination.id, ASSIGNED_JUROR],
    );
    await awards.dataSource.query(
      `INSERT INTO score (scorecard_id, criterion_key, score, comment)
       VALUES ($1, 'together', 4, 'Side by side.'), ($1, 'regular-times', 3, 'Most Saturdays.')`,
      [card.id],
    );
  });

  it.each(matrix(CALIBRATORS))('$caller: $expected', async ({ viewer, expected }) => {
    const { body } = await awards.gql(CALIBRATION, { key }, viewer);
    if (expected === 'JURORS' || expected === 'FIGURES') {
      expect(body.errors).toBeUndefined();
      expect(body.data?.awardCalibration.editions).toEqual([
        {
          edition: { id: world.decidedWinner.edition.id },
          submittedScorecards: 1,
          jurorSpread: expected === 'JURORS' ? [{ number: 1, scorecards: 1 }] : null,
        },
      ]);
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(body.data?.awardCalibration ?? null).toBeNull();
    }
  });
});

describe('the same rules in the services themselves, for callers outside the API (jobs, seeds)', () => {
  const outcomeOf = async (work: () => Promise<unknown>): Promise<string> => {
    try {
      await work();
      return 'DONE';
    } catch (error) {
      return String((error as { extensions?: { code?: string } }).extensions?.code ?? error);
    }
  };
  const as = (viewer: Viewer) => systemContextOf(awardsSubgraph, awards.dataSource, viewer);
  let year = 2090; // seed() numbers its editions' years from 2001 upwards

  const EDITION_RUNNERS: Record<CallerKey, string> = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'DONE',
    coordinator: 'DONE',
    otherCoordinator: 'FORBIDDEN',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    assignedJuror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };

  it.each(matrix(EDITION_RUNNERS))('$caller starting an edition of Italy: $expected', async ({ viewer, expected }) => {
    const input = { countryCode: 'IT', year: ++year, guidelineId: published.id, title: 'Italian award' };
    expect(await outcomeOf(() => new AwardEditionService(as(viewer)).create(input))).toBe(expected);
  });

  it.each(matrix(EDITION_RUNNERS))(
    '$caller moving an edition of Italy to its next phase: $expected',
    async ({ viewer, expected }) => {
      const edition = await seed(awards).edition({ countryCode: 'IT' });
      expect(await outcomeOf(() => new AwardEditionService(as(viewer)).advancePhase(edition.id))).toBe(expected);
    },
  );

  const GUIDELINE_EDITORS = Object.fromEntries(
    Object.entries(ADMINS).map(([key, admin]) => [
      key,
      admin ? 'DONE' : key === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]),
  ) as Record<CallerKey, string>;

  it.each(matrix(GUIDELINE_EDITORS))(
    '$caller drafting and publishing a guideline: $expected',
    async ({ viewer, expected }) => {
      const fresh = await seed(awards).guideline({ publish: false });
      const service = new GuidelineService(as(viewer));
      expect(await outcomeOf(() => service.reviseDraft(fresh.id, { title: 'Revised' }))).toBe(expected);
      expect(await outcomeOf(() => service.publish(fresh.id))).toBe(expected);
      expect(
        await outcomeOf(() =>
          service.createDraft({
            key: `matrix-${randomUUID().slice(0, 8)}`,
            title: 'New',
            criteria: [criterionDraft('a')],
          }),
        ),
      ).toBe(expected);
    },
  );
});

describe('best practices', () => {
  const ids: Record<'announced' | 'decided', string> = { announced: '', decided: '' };

  beforeAll(async () => {
    const as = systemContextOf(awardsSubgraph, awards.dataSource);
    for (const key of ['announced', 'decided'] as const) {
      const nomination = world[`${key}Winner`].nomination;
      ids[key] = (await new BestPracticeService(as).approve({ nominationId: nomination.id, ...texts() })).id;
    }
  });

  const READ = `query($id: ID!, $initiative: _Any!, $r: [_Any!]!) {
    bestPractice(id: $id) { id approvedBy }
    bestPractices(first: 100) { nodes { id } }
    initiative: _entities(representations: [$initiative]) { ... on Initiative { bestPractice { id } } }
    _entities(representations: $r) { ... on BestPractice { id } }
  }`;
  const seen = async (key: 'announced' | 'decided', viewer: Viewer) => {
    const id = ids[key];
    const variables = {
      id,
      initiative: { __typename: 'Initiative', id: world[`${key}Winner`].nomination.initiativeId },
      r: [{ __typename: 'BestPractice', id }],
    };
    const data = expectNoGraphQLErrors((await awards.gql(READ, variables, viewer)).body, READ);
    return [
      data.bestPractice?.id === id,
      data.bestPractices.nodes.some((b: { id: string }) => b.id === id),
      data.initiative[0].bestPractice?.id === id,
      data._entities[0]?.id === id,
    ];
  };

  it.each(matrix(EVERYONE))(
    '$caller: a best practice of an announced edition seen everywhere = $expected',
    async ({ viewer, expected }) => {
      expect(await seen('announced', viewer)).toEqual([expected, expected, expected, expected]);
    },
  );

  it.each(matrix(NOMINATION_READERS))(
    '$caller: a best practice of a decided, unannounced edition seen everywhere = $expected (as its nomination)',
    async ({ viewer, expected }) => {
      expect(await seen('decided', viewer)).toEqual([expected, expected, expected, expected]);
    },
  );

  it.each(matrix(NETWORK))('$caller: who approved it shown = $expected', async ({ viewer, expected }) => {
    const query = `query($id: ID!) { bestPractice(id: $id) { approvedBy } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, { id: ids.announced }, viewer)).body, query);
    expect(data.bestPractice.approvedBy).toBe(expected ? 'B.E.S.T. platform' : null);
  });

  const EDITORS = Object.fromEntries(
    Object.entries(ADMINS).map(([key, admin]) => [
      key,
      admin ? 'DONE' : key === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]),
  ) as Record<CallerKey, string>;

  it.each(matrix(EDITORS))('$caller approving a winner of Italy: $expected', async ({ viewer, expected }) => {
    const { winner } = await bestPractices(awards).decided();
    const { body } = await awards.gql(APPROVE, { input: { nominationId: winner.id, ...texts() } }, viewer);
    const rows = await awards.dataSource.query('SELECT id FROM best_practice WHERE nomination_id = $1', [winner.id]);
    if (expected === 'DONE') {
      expect(body.errors).toBeUndefined();
      expect(rows).toHaveLength(1);
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(rows).toEqual([]);
    }
  });

  it.each(matrix(EDITORS))('$caller revising a best practice: $expected', async ({ viewer, expected }) => {
    const approved = await bestPractices(awards).approved();
    const input = { bestPracticeId: approved.id, expectedVersion: 1, lessons: 'Revised lessons.' };
    const { body } = await awards.gql(REVISE, { input }, viewer);
    const [row] = await awards.dataSource.query('SELECT lessons FROM best_practice WHERE id = $1', [approved.id]);
    if (expected === 'DONE') expect(body.errors).toBeUndefined();
    else expect(codeOf(body)).toBe(expected);
    expect(row.lessons).toBe(expected === 'DONE' ? 'Revised lessons.' : approved.lessons);
  });

  /** Drafts are for staff: admins and national coordinators of any country. */
  const STAFF: Record<CallerKey, boolean> = { ...ADMINS, coordinator: true, otherCoordinator: true };

  it.each(matrix(STAFF))(
    '$caller: a draft manual seen in manual(id), manuals and references = $expected',
    async ({ viewer, expected }) => {
      const draft = await bestPractices(awards).manual([]);
      const query = `query($id: ID!, $r: [_Any!]!) { manual(id: $id) { id } manuals { id }
        _entities(representations: $r) { ... on Manual { id } } }`;
      const variables = { id: draft.id, r: [{ __typename: 'Manual', id: draft.id }] };
      const data = expectNoGraphQLErrors((await awards.gql(query, variables, viewer)).body, query);
      expect([
        data.manual?.id === draft.id,
        data.manuals.some((m: { id: string }) => m.id === draft.id),
        data._entities[0]?.id === draft.id,
      ]).toEqual([expected, expected, expected]);
    },
  );

  it.each(matrix(EVERYONE))(
    '$caller: a published manual with its chapters seen = $expected',
    async ({ viewer, expected }) => {
      const given = bestPractices(awards);
      const published = await given.manual([given.chapter('Sport', [ids.announced])], true);
      const query = `query($id: ID!) { manual(id: $id) { id chapters { bestPractices { id } } } manuals { id } }`;
      const data = expectNoGraphQLErrors((await awards.gql(query, { id: published.id }, viewer)).body, query);
      expect(data.manual?.chapters[0].bestPractices).toEqual(expected ? [{ id: ids.announced }] : undefined);
      expect(data.manuals.some((m: { id: string }) => m.id === published.id)).toBe(expected);
    },
  );

  it.each(matrix(EDITORS))(
    '$caller creating, revising and publishing a manual: $expected',
    async ({ viewer, expected }) => {
      const given = bestPractices(awards);
      const title = `Manual ${randomUUID()}`;
      const input = { title, introduction: '', language: 'en', chapters: [given.chapter('Sport', [ids.announced])] };
      const created = await awards.gql(CREATE_MANUAL, { input }, viewer);
      const draft = await given.manual([given.chapter('Sport', [ids.announced])]);
      const revised = await awards.gql(
        REVISE_MANUAL,
        { input: { manualId: draft.id, expectedVersion: 1, title: 'Revised' } },
        viewer,
      );
      const other = await given.manual([given.chapter('Sport', [ids.announced])]);
      const published = await awards.gql(PUBLISH_MANUAL, { input: { manualId: other.id, expectedVersion: 1 } }, viewer);
      const stored = await awards.dataSource.query(
        `SELECT (SELECT count(*)::int FROM manual WHERE title = $1) AS created,
           (SELECT title FROM manual WHERE id = $2) AS revised, (SELECT status FROM manual WHERE id = $3) AS published`,
        [title, draft.id, other.id],
      );
      if (expected === 'DONE') {
        for (const answer of [created, revised, published]) expect(answer.body.errors).toBeUndefined();
        expect(stored).toEqual([{ created: 1, revised: 'Revised', published: 'PUBLISHED' }]);
      } else {
        expect([codeOf(created), codeOf(revised), codeOf(published)]).toEqual([expected, expected, expected]);
        expect(stored).toEqual([{ created: 0, revised: draft.title, published: 'DRAFT' }]);
      }
    },
  );
});

describe('the decision of an edition (AwardEdition.decision)', () => {
  beforeAll(async () => {
    for (const key of ['decidedWinner', 'announcedWinner'] as const) {
      const { edition } = world[key];
      await awards.dataSource.getRepository(AwardDecision).insert({
        editionId: edition.id,
        normalised: true,
        specialMentionIds: key === 'announcedWinner' ? [world.announcedNotSelected.nomination.id] : [],
        reason: 'The jury agreed.',
        decidedById: null,
        decidedBy: 'Coordinator of Italy',
      });
    }
  });

  const DECISION = `query($id: ID!) { awardEdition(id: $id) { decision { editionId reason decidedBy
    winners { id } finalists { id } specialMentions { id } } } }`;
  const decisionOf = async (key: string, viewer: Viewer) =>
    expectNoGraphQLErrors((await awards.gql(DECISION, { id: world[key].edition.id }, viewer)).body, DECISION)
      .awardEdition.decision;
  /** Those who follow the results before they are announced: admins and the coordinator of the country. */
  const ORGANISERS: Record<CallerKey, boolean> = { ...ADMINS, coordinator: true };

  it.each(matrix(ORGANISERS))(
    '$caller: the decision of a decided edition seen = $expected',
    async ({ viewer, expected }) => {
      const decision = await decisionOf('decidedWinner', viewer);
      expect(decision).toEqual(
        expected
          ? {
              editionId: world.decidedWinner.edition.id,
              reason: 'The jury agreed.',
              decidedBy: 'Coordinator of Italy',
              winners: [{ id: world.decidedWinner.nomination.id }],
              finalists: [],
              specialMentions: [],
            }
          : null,
      );
    },
  );

  it.each(matrix(NETWORK))(
    '$caller: the decision of an announced edition seen, who recorded it shown = $expected',
    async ({ viewer, expected }) => {
      expect(await decisionOf('announcedWinner', viewer)).toEqual({
        editionId: world.announcedWinner.edition.id,
        reason: 'The jury agreed.',
        decidedBy: expected ? 'Coordinator of Italy' : null,
        winners: [{ id: world.announcedWinner.nomination.id }],
        finalists: [{ id: world.announcedFinalist.nomination.id }],
        specialMentions: [{ id: world.announcedNotSelected.nomination.id }],
      });
    },
  );

  it.each(matrix(EVERYONE))('$caller: no decision while judging = $expected', async ({ viewer }) => {
    expect(await decisionOf('judging', viewer)).toBeNull();
  });
});
