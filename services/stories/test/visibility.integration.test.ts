import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { IsNull } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import { ConsentChannel, ConsentScope } from '../src/consents/consent.enums';
import type { NewConsent } from '../src/consents/consent.service';
import type { Story } from '../src/stories/story.entity';
import { StoryKind, StoryStatus, StoryTheme } from '../src/stories/story.enums';
import type { NewStory } from '../src/stories/story.service';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';
import { EVERYWHERE, NOWHERE, whereSeen as whereSeenAs } from './where-seen';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

/** Every way this subgraph shows a story, asked as the public (anonymous) unless a test says who. */
const whereSeen = (story: Story, viewer?: Viewer) => whereSeenAs(subgraph, story, viewer);

describe('what the public (an anonymous caller) sees of a story', () => {
  it('a published story whose current consent is public, not withdrawn and not expired is seen everywhere', async () => {
    const story = await given.story();
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
  });

  it('a public consent that expires later still shows the story', async () => {
    const story = await given.story({}, { expiresAt: ahead(24 * HOUR) });
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
  });

  it.each<[string, Partial<NewStory>, Partial<NewConsent> | null]>([
    ['a draft', { status: StoryStatus.DRAFT }, {}],
    ['a story in review', { status: StoryStatus.IN_REVIEW }, {}],
    ['an approved story not yet published', { status: StoryStatus.APPROVED }, {}],
    ['an archived story', { status: StoryStatus.ARCHIVED, publishedAt: ago(48 * HOUR) }, {}],
    ['a withdrawn story', { status: StoryStatus.WITHDRAWN, publishedAt: ago(48 * HOUR) }, {}],
    ['a published story with INTERNAL-scope consent', {}, { scope: ConsentScope.INTERNAL }],
    ['a published story with NETWORK-scope consent', {}, { scope: ConsentScope.NETWORK }],
    ['a published story whose consent expired', {}, { givenAt: ago(72 * HOUR), expiresAt: ago(HOUR) }],
    ['a published story without any consent', {}, null],
  ])('%s is hidden from stories, story(id), Initiative.stories and references', async (_, story, consent) => {
    expect(await whereSeen(await given.story(story, consent))).toEqual(NOWHERE);
  });

  it('a published story whose consent was withdrawn is hidden even while its status still says PUBLISHED', async () => {
    const story = await given.story();
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
    await subgraph.dataSource
      .getRepository(Consent)
      .update({ storyId: story.id, supersededAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: 'Asked to' });
    expect(await whereSeen(story)).toEqual(NOWHERE);
  });

  it('a consent that expires between two requests hides the story from the next one', async () => {
    const story = await given.story({}, { expiresAt: ahead(1500) });
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await whereSeen(story)).toEqual(NOWHERE);
  });

  it('only the current consent counts: a newer NETWORK consent hides a story, a newer PUBLIC one shows it again', async () => {
    const story = await given.story();
    await given.consent(story, { scope: ConsentScope.NETWORK });
    expect(await whereSeen(story)).toEqual(NOWHERE);
    await given.consent(story, { scope: ConsentScope.PUBLIC });
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
  });
});

describe('withdrawConsent', () => {
  const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId withdrawnAt } }`;
  // The test stories are Italian: their national coordinator may withdraw consent.
  const coordinator = viewers.coordinator('IT');

  it('hides the story from the very next request and marks it WITHDRAWN', async () => {
    const story = await given.story();
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
    const { body } = await subgraph.gql(
      WITHDRAW,
      { input: { storyId: story.id, reason: 'The storyteller asked us to.' } },
      coordinator,
    );
    const data = expectNoGraphQLErrors(body, WITHDRAW);
    expect(data.withdrawConsent.storyId).toBe(story.id);
    expect(await whereSeen(story)).toEqual(NOWHERE);
    expect(await whereSeen(story, coordinator)).toEqual(NOWHERE);

    const consent = await given.consents.current(story.id);
    expect(consent?.withdrawnAt).toBeInstanceOf(Date);
    expect(consent?.withdrawalReason).toBe('The storyteller asked us to.');
    const row = await subgraph.dataSource.query('SELECT status, version FROM story WHERE id = $1', [story.id]);
    expect(row[0]).toEqual({ status: 'WITHDRAWN', version: story.version + 1 });
  });

  it('answers NOT_FOUND for a story the caller cannot see, as for one that does not exist', async () => {
    const draft = await given.story({ status: StoryStatus.DRAFT });
    const elsewhere = viewers.coordinator('FR');
    const { body } = await subgraph.gql(WITHDRAW, { input: { storyId: draft.id, reason: 'Trying' } }, elsewhere);
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknown = await subgraph.gql(
      WITHDRAW,
      { input: { storyId: '00000000-0000-4000-8000-000000000000', reason: 'Trying' } },
      elsewhere,
    );
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: body.errors?.[0].message.replace(draft.id, '00000000-0000-4000-8000-000000000000'),
      extensions: { code: 'NOT_FOUND' },
    });
    const current = await given.consents.current(draft.id);
    expect(current?.withdrawnAt).toBeNull();
  });

  it('refuses a blank reason or a story id that is not a UUID with BAD_USER_INPUT', async () => {
    const story = await given.story();
    const blank = await subgraph.gql(WITHDRAW, { input: { storyId: story.id, reason: '   ' } }, coordinator);
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await subgraph.gql(WITHDRAW, { input: { storyId: 'not-a-uuid', reason: 'Asked to' } }, coordinator);
    expect(badId.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await whereSeen(story)).toEqual(EVERYWHERE);
  });
});

describe('what a visible story shows', () => {
  const SHOW = `query($id: ID!) { story(id: $id) {
    title storytellerName storytellerRole isMinor themes language kind status publishedAt
    country { code } initiative { id }
    consent { scope channels mayShowName mayShowImage expiresAt } } }`;

  it("shows the storyteller's display name only when the consent allows it, otherwise Anonymous", async () => {
    const allowed = await given.story({ displayName: 'Blue Bicycle (demo)' }, { mayShowName: true });
    const refused = await given.story({ displayName: 'Blue Bicycle (demo)' }, { mayShowName: false });
    const anonymous = await given.story({ displayName: null }, { mayShowName: true });
    const nameOf = async (story: Story) =>
      expectNoGraphQLErrors((await subgraph.gql(SHOW, { id: story.id })).body, SHOW).story.storytellerName;
    expect(await nameOf(allowed)).toBe('Blue Bicycle (demo)');
    expect(await nameOf(refused)).toBe('Anonymous');
    expect(await nameOf(anonymous)).toBe('Anonymous');
  });

  it('shows the consent fields that decide where it may appear, its country and initiative as references', async () => {
    const expiresAt = ahead(30 * 24 * HOUR);
    const story = await given.story(
      { countryCode: 'mt', themes: [StoryTheme.SAFETY] },
      { channels: [ConsentChannel.WEBSITE, ConsentChannel.PRESS], mayShowImage: true, expiresAt },
    );
    const data = expectNoGraphQLErrors((await subgraph.gql(SHOW, { id: story.id })).body, SHOW);
    expect(data.story).toMatchObject({
      status: 'PUBLISHED',
      themes: ['SAFETY'],
      country: { code: 'MT' },
      initiative: { id: story.initiativeId },
      consent: {
        scope: 'PUBLIC',
        channels: ['WEBSITE', 'PRESS'],
        mayShowName: false,
        mayShowImage: true,
        expiresAt: expiresAt.toISOString(),
      },
    });
  });

  it.each(['withdrawalReason'])('does not expose the consent field %s to anyone', async (field) => {
    const { body } = await subgraph.gql(`{ stories(first: 1) { nodes { consent { ${field} } } } }`);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not expose the raw display name, which bypasses the consent', async () => {
    const { body } = await subgraph.gql('{ stories(first: 1) { nodes { displayName } } }');
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('stories list', () => {
  it('filters by country, language, kind and theme, counting only visible stories', async () => {
    await given.story({ countryCode: 'HR', language: 'hr', kind: StoryKind.MESSAGE, themes: [StoryTheme.HOUSING] });
    await given.story({ countryCode: 'HR', language: 'en', kind: StoryKind.MESSAGE, themes: [StoryTheme.WELFARE] });
    await given.story({ countryCode: 'HR', language: 'hr', kind: StoryKind.CASE_STORY });
    await given.story({ countryCode: 'HR', language: 'hr', kind: StoryKind.MESSAGE }, { scope: ConsentScope.NETWORK });
    const count = async (args: string) =>
      expectNoGraphQLErrors((await subgraph.gql(`{ stories(${args}) { totalCount } }`)).body).stories.totalCount;
    expect(await count('countryCode: "HR"')).toBe(3);
    expect(await count('countryCode: "hr", language: "hr"')).toBe(2);
    expect(await count('countryCode: "HR", language: "hr", kind: MESSAGE')).toBe(1);
    expect(await count('countryCode: "HR", theme: WELFARE')).toBe(1);
  });

  it('pages newest first with cursors, without gaps or repeats, skipping hidden stories', async () => {
    const base = Date.UTC(2017, 5, 1);
    const visible: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Two stories share each publication moment: the id breaks the tie.
      const publishedAt = new Date(base + Math.floor(i / 2) * HOUR);
      visible.push((await given.story({ countryCode: 'PT', publishedAt })).id);
      await given.story({ countryCode: 'PT', publishedAt }, { scope: ConsentScope.INTERNAL });
    }
    const query = `query($after: String) { stories(countryCode: "PT", first: 3, after: $after) {
      totalCount edges { cursor node { id publishedAt } } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; publishedAt: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = expectNoGraphQLErrors((await subgraph.gql(query, { after })).body, query);
      expect(data.stories.totalCount).toBe(7);
      seen.push(...data.stories.edges.map((e: any) => e.node));
      if (!data.stories.pageInfo.hasNextPage) break;
      after = data.stories.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.id).sort()).toEqual([...visible].sort());
    const times = seen.map((s) => Date.parse(s.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([
    ['a page larger than 100', '{ stories(first: 1000) { totalCount } }'],
    ['a language that is not an ISO 639-1 code', '{ stories(language: "english") { totalCount } }'],
    ['an initiative id that is not a UUID', '{ stories(initiativeId: "42") { totalCount } }'],
    ['a forged cursor', '{ stories(after: "not-a-cursor") { totalCount } }'],
    ['a story id that is not a UUID', '{ story(id: "42") { id } }'],
  ])('refuses %s with BAD_USER_INPUT', async (_, query) => {
    const { status, body } = await subgraph.gql(query);
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
