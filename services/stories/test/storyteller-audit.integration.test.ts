import { randomUUID } from 'node:crypto';
import { AuditEvent, type Viewer } from '@best/kit';
import {
  expectNoGraphQLErrors,
  headersFor,
  postGraphQL,
  startSubgraph,
  type TestSubgraph,
  viewers,
} from '@best/kit/testing';
import { ConsentScope } from '../src/consents/consent.enums';
import { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { storiesSubgraph } from '../src/subgraph';
import { selectsAmong } from './sql';
import { RECORDING_ORGANIZATION, seed } from './seed';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const admin = viewers.admin();
const coordinator = viewers.coordinator('IT');
const member = viewers.member(RECORDING_ORGANIZATION, 'IT');
const juror = viewers.juror();

/** Sends `query` as `viewer` with a request id of its own, and returns the data and that id. */
async function read(query: string, variables: Record<string, unknown>, viewer: Viewer) {
  const requestId = randomUUID();
  const response = await postGraphQL(subgraph.url, query, variables, {
    ...headersFor(viewer),
    'x-request-id': requestId,
  });
  return { data: expectNoGraphQLErrors(response.body, query), requestId };
}

/** The audit lines one request left. */
const eventsOf = (requestId: string) =>
  subgraph.dataSource.getRepository(AuditEvent).find({ where: { requestId }, order: { subjectId: 'ASC' } });

const auditCount = () => subgraph.dataSource.getRepository(AuditEvent).count();

const INITIATIVE_STORIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative {
  stories { id title text storytellerName consent { scope channels evidenceReference recordedBy } } } } }`;
const initiatives = (...ids: (string | null)[]) => ({ r: ids.map((id) => ({ __typename: 'Initiative', id })) });

describe('reading consent evidence', () => {
  it('leaves exactly one STORYTELLER_READ per story and request, naming the staff member who read it', async () => {
    const initiativeId = randomUUID();
    const stories = [await given.story({ initiativeId }), await given.story({ initiativeId })];
    // The same story reached twice in one request (by its initiative and by id) is still one line.
    const query = `query($r: [_Any!]!, $id: ID!) {
      _entities(representations: $r) { ... on Initiative { stories { id consent { evidenceReference recordedBy } } } }
      story(id: $id) { id title consent { evidenceReference } }
    }`;
    const { data, requestId } = await read(query, { ...initiatives(initiativeId), id: stories[0].id }, coordinator);
    expect(data._entities[0].stories.map((s: any) => s.consent.evidenceReference)).toEqual([
      'consent-forms/test/form.pdf',
      'consent-forms/test/form.pdf',
    ]);

    const events = await eventsOf(requestId);
    expect(events.map((e) => e.subjectId)).toEqual(stories.map((s) => s.id).sort());
    for (const event of events) {
      expect(event).toMatchObject({
        action: 'STORYTELLER_READ',
        subjectType: 'Story',
        actorKind: 'USER',
        actorId: coordinator.id,
        actorDisplayName: 'Test Coordinator IT',
        details: { fields: ['consent.evidenceReference', 'consent.recordedBy'] },
      });
    }
  });

  it('a second request reading the same evidence leaves a line of its own', async () => {
    const story = await given.story();
    const query = `query($id: ID!) { story(id: $id) { consent { recordedBy } } }`;
    const first = await read(query, { id: story.id }, admin);
    const second = await read(query, { id: story.id }, admin);
    expect(await eventsOf(first.requestId)).toHaveLength(1);
    expect(await eventsOf(second.requestId)).toHaveLength(1);
  });

  it('records which fields were read, never their values: no text, name, evidence or recorder', async () => {
    const story = await given.story(
      { initiativeId: randomUUID(), displayName: 'Amina', title: 'Tea with the neighbours' },
      { scope: ConsentScope.NETWORK, mayShowName: true, evidenceReference: 'forms/amina.pdf', recordedBy: 'Rosa' },
    );
    const { data, requestId } = await read(INITIATIVE_STORIES, initiatives(story.initiativeId), admin);
    expect(data._entities[0].stories[0]).toMatchObject({ storytellerName: 'Amina', title: 'Tea with the neighbours' });
    const [event] = await eventsOf(requestId);
    expect(event.details).toEqual({
      fields: [
        'consent.channels',
        'consent.evidenceReference',
        'consent.recordedBy',
        'consent.scope',
        'storytellerName',
        'text',
        'title',
      ],
    });
    const row = JSON.stringify(event);
    for (const personal of ['Amina', 'Tea with the neighbours', story.text, 'forms/amina.pdf', 'Rosa']) {
      expect(row).not.toContain(personal);
    }
  });

  it('counts what the operation really asks: fragments are followed, @skip and @include honoured', async () => {
    const story = await given.story();
    const query = `query($id: ID!, $withRecorder: Boolean!) { story(id: $id) { ...Evidence } }
      fragment Evidence on Story { consent { ... on Consent { evidenceReference } recordedBy @include(if: $withRecorder) } }`;
    const without = await read(query, { id: story.id, withRecorder: false }, admin);
    expect((await eventsOf(without.requestId)).map((e) => e.details)).toEqual([
      { fields: ['consent.evidenceReference'] },
    ]);

    const skipped = `query($id: ID!) { story(id: $id) { title consent { evidenceReference @skip(if: true) } } }`;
    const none = await read(skipped, { id: story.id }, admin);
    expect(await eventsOf(none.requestId)).toEqual([]);
  });
});

describe('reads that give nothing beyond what the public sees', () => {
  it('the public reading public stories, consent fields included, leaves no line', async () => {
    const story = await given.story({ initiativeId: randomUUID() });
    const before = await auditCount();
    const { data } = await read(INITIATIVE_STORIES, initiatives(story.initiativeId), viewers.anonymous());
    expect(data._entities[0].stories).toHaveLength(1);
    expect(data._entities[0].stories[0].consent.evidenceReference).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('staff reading a public story without its consent evidence leave no line', async () => {
    const story = await given.story();
    const query = `query($id: ID!) { story(id: $id) { title text storytellerName consent { scope } } }`;
    const { data, requestId } = await read(query, { id: story.id }, admin);
    expect(data.story.title).toBe(story.title);
    expect(await eventsOf(requestId)).toEqual([]);
  });

  it('a member asking for consent evidence gets null, and the evidence is not counted as read', async () => {
    const story = await given.story();
    const query = `query($id: ID!) { story(id: $id) { title consent { evidenceReference recordedBy } } }`;
    const { data, requestId } = await read(query, { id: story.id }, member);
    expect(data.story.consent).toEqual({ evidenceReference: null, recordedBy: null });
    expect(await eventsOf(requestId)).toEqual([]);
  });

  it('ids alone name no storyteller: asking only for the ids of hidden stories leaves no line', async () => {
    const story = await given.story({ initiativeId: randomUUID() }, { scope: ConsentScope.INTERNAL });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { stories { id } } } }`;
    const { data, requestId } = await read(query, initiatives(story.initiativeId), admin);
    expect(data._entities[0].stories).toEqual([{ id: story.id }]);
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe('reading a story the public does not see', () => {
  it.each<[string, Viewer, Parameters<typeof given.story>]>([
    ['a juror reading a NETWORK story', juror, [{}, { scope: ConsentScope.NETWORK }]],
    ['a member reading an INTERNAL story of their organisation', member, [{}, { scope: ConsentScope.INTERNAL }]],
    ['the coordinator reading an unpublished story', coordinator, [{ status: StoryStatus.IN_REVIEW }, {}]],
  ])('is audited once for %s reaching it by every way in at once', async (_, viewer, [story, consent]) => {
    const hidden = await given.story({ initiativeId: randomUUID(), ...story }, consent);
    const query = `query($id: ID!, $initiative: ID!, $r: [_Any!]!) {
      story(id: $id) { title }
      stories(initiativeId: $initiative) { nodes { text } edges { node { summary } } }
      _entities(representations: $r) { ... on Story { storytellerName } ... on Initiative { stories { kind } } }
    }`;
    const r = [
      { __typename: 'Story', id: hidden.id },
      { __typename: 'Initiative', id: hidden.initiativeId },
    ];
    const variables = { id: hidden.id, initiative: hidden.initiativeId, r };
    const { data, requestId } = await read(query, variables, viewer);
    expect(data.story.title).toBe(hidden.title);

    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subjectId: hidden.id, actorId: viewer.id, action: 'STORYTELLER_READ' });
    // Each way in asked for one field; whichever reached the audit first wrote the line.
    expect((events[0].details.fields as string[]).length).toBeGreaterThan(0);
    expect(['title', 'text', 'summary', 'storytellerName', 'kind']).toEqual(
      expect.arrayContaining(events[0].details.fields as string[]),
    );
  });

  it.each<[string, string, string[]]>([
    ['story(id:)', `query($id: ID!) { story(id: $id) { id title } }`, ['title']],
    [
      'stories, its nodes',
      `query($initiative: ID!) { stories(initiativeId: $initiative) { nodes { text } } }`,
      ['text'],
    ],
    [
      'stories, its edges',
      `query($initiative: ID!) { stories(initiativeId: $initiative) { edges { node { summary } } } }`,
      ['summary'],
    ],
    [
      'a Story reference',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Story { storytellerName } } }`,
      ['storytellerName'],
    ],
    [
      'Initiative.stories',
      `query($i: [_Any!]!) { _entities(representations: $i) { ... on Initiative { stories { kind } } } }`,
      ['kind'],
    ],
  ])('is audited when it is handed out through %s, with the fields asked', async (_, query, fields) => {
    const hidden = await given.story({ initiativeId: randomUUID() }, { scope: ConsentScope.NETWORK });
    const all = {
      id: hidden.id,
      initiative: hidden.initiativeId,
      r: [{ __typename: 'Story', id: hidden.id }],
      i: [{ __typename: 'Initiative', id: hidden.initiativeId }],
    };
    const variables = Object.fromEntries(Object.entries(all).filter(([name]) => query.includes(`$${name}:`)));
    const { requestId } = await read(query, variables, juror);
    const events = await eventsOf(requestId);
    expect(events.map((e) => [e.subjectId, e.actorId, e.details])).toEqual([[hidden.id, juror.id, { fields }]]);
  });

  it('knows a story is public exactly when the public sees it', async () => {
    const cases = [
      await given.story(),
      await given.story({}, { scope: ConsentScope.NETWORK }),
      await given.story({ status: StoryStatus.APPROVED, publishedAt: null }),
      await given.story({}, { expiresAt: new Date(Date.now() + 60_000) }),
    ];
    const loaded = await subgraph.dataSource.getRepository(Story).findBy(cases.map((s) => ({ id: s.id })));
    const publicIds = new Set(loaded.filter((s) => s.publiclyVisible).map((s) => s.id));
    const query = `query($id: ID!) { story(id: $id) { id } }`;
    for (const story of cases) {
      const { data } = await read(query, { id: story.id }, viewers.anonymous());
      expect(publicIds.has(story.id)).toBe(data.story !== null);
    }
    expect(publicIds.size).toBe(2);
  });
});

describe('Initiative.stories for 50 initiatives', () => {
  let initiativeIds: string[];
  let storyIds: string[];

  beforeAll(async () => {
    initiativeIds = Array.from({ length: 50 }, () => randomUUID());
    storyIds = [];
    for (const [i, initiativeId] of initiativeIds.entries()) {
      const scope = [ConsentScope.PUBLIC, ConsentScope.NETWORK, ConsentScope.INTERNAL][i % 3];
      storyIds.push((await given.story({ initiativeId }, { scope })).id);
    }
  });

  it('adds one INSERT for all the stories an admin reads with their evidence, one line per story', async () => {
    subgraph.statements.length = 0;
    const { data, requestId } = await read(INITIATIVE_STORIES, initiatives(...initiativeIds), admin);
    expect(data._entities.flatMap((e: any) => e.stories)).toHaveLength(50);
    const inserts = subgraph.statements.filter((s) => /^\s*INSERT/i.test(s));
    expect(selectsAmong(subgraph.statements)).toHaveLength(2);
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toMatch(/audit_event/);
    expect(subgraph.statements).toHaveLength(3);
    expect((await eventsOf(requestId)).map((e) => e.subjectId)).toEqual([...storyIds].sort());
  });

  it('adds nothing for the public', async () => {
    subgraph.statements.length = 0;
    const { data } = await read(INITIATIVE_STORIES, initiatives(...initiativeIds), viewers.anonymous());
    expect(data._entities.flatMap((e: any) => e.stories)).toHaveLength(17);
    expect(subgraph.statements).toHaveLength(2);
    expect(selectsAmong(subgraph.statements)).toHaveLength(2);
  });
});

describe('when the audit line cannot be written', () => {
  it('the caller gets an error and not the personal data', async () => {
    const story = await given.story({}, { scope: ConsentScope.INTERNAL });
    await subgraph.dataSource.query(
      `ALTER TABLE audit_event ADD CONSTRAINT audit_event_test_refuses CHECK (action <> 'STORYTELLER_READ') NOT VALID`,
    );
    try {
      const query = `query($id: ID!) { story(id: $id) { title text } }`;
      const response = await postGraphQL(subgraph.url, query, { id: story.id }, headersFor(admin));
      expect(response.body.data?.story ?? null).toBeNull();
      expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.body)).not.toContain(story.text);
    } finally {
      await subgraph.dataSource.query('ALTER TABLE audit_event DROP CONSTRAINT audit_event_test_refuses');
    }
  });
});

describe('storyAuditEvents', () => {
  const LOG = `query($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTimeISO) {
    storyAuditEvents(first: $first, after: $after, action: $action, actorId: $actorId, since: $since) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at action subjectType subjectId requestId details actor { kind id displayName } }
    } }`;
  const log = async (viewer: Viewer, variables: Record<string, unknown> = {}) =>
    (await read(LOG, variables, viewer)).data.storyAuditEvents;

  let readByJuror: string;
  beforeAll(async () => {
    const story = await given.story({}, { scope: ConsentScope.NETWORK });
    const { requestId } = await read(`query($id: ID!) { story(id: $id) { title } }`, { id: story.id }, juror);
    readByJuror = requestId;
    expect(await eventsOf(requestId)).toHaveLength(1);
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ["the story's coordinator", coordinator],
    ['a member', member],
    ['a juror, about their own reads', juror],
    ['a token of the recording organisation', viewers.token(RECORDING_ORGANIZATION, 'IT')],
  ])('is empty for %s', async (_, viewer) => {
    const page = await log(viewer, { first: 100 });
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('shows an admin who read what, newest first, with the actor and the fields read', async () => {
    const page = await log(admin, { first: 100 });
    expect(page.totalCount).toBe(await auditCount());
    const times = page.nodes.map((e: any) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.nodes.find((e: any) => e.requestId === readByJuror)).toMatchObject({
      action: 'STORYTELLER_READ',
      subjectType: 'Story',
      details: { fields: ['title'] },
      actor: { kind: 'USER', id: juror.id, displayName: 'Test Juror' },
    });
  });

  it('filters by action, actor and time, and pages with a cursor', async () => {
    const byJuror = await log(admin, { actorId: juror.id, action: 'STORYTELLER_READ', first: 100 });
    expect(byJuror.totalCount).toBeGreaterThanOrEqual(1);
    expect(byJuror.nodes.every((e: any) => e.actor.id === juror.id)).toBe(true);
    expect((await log(admin, { action: 'SIGNED_IN' })).totalCount).toBe(0);
    expect((await log(admin, { since: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);

    const first = await log(admin, { first: 2 });
    const next = await log(admin, { first: 2, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(next.nodes.map((e: any) => e.id)).not.toContain(first.nodes[0].id);
    expect(next.nodes.map((e: any) => e.id)).not.toContain(first.nodes[1].id);
  });

  it.each([
    ['an action that is not an action name', { action: 'read stories' }, 'action'],
    ['an actor id with other characters', { actorId: "x' OR '1'='1" }, 'actorId'],
    ['a page larger than 100', { first: 101 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables, field) => {
    const response = await postGraphQL(subgraph.url, LOG, variables, headersFor(admin));
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body.errors?.[0]?.extensions)).toContain(field);
  });
});
