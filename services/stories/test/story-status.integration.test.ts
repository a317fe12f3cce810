import { type Viewer } from '@best/kit';
import { codeOf, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { StoryStatusChange } from '../src/stories/story-status-change.entity';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { CALLERS, matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { selectsAmong } from './sql';
import { seed } from './seed';

/** Issue 5: the review workflow, its rules, who may move a story, and the dated history of who and why. */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const S = StoryStatus;
const MOVE = `mutation($input: MoveStoryStatusInput!) {
  moveStoryStatus(input: $input) {
    story { id status version publishedAt }
    change { fromStatus toStatus changedBy reason changedAt }
  }
}`;
const STORY = `query($id: ID!) {
  story(id: $id) { id status version publishedAt statusHistory { fromStatus toStatus changedBy reason changedAt } }
}`;

const admin = CALLERS.admin;
const coordinator = CALLERS.coordinator;

async function versionOf(story: Story): Promise<number> {
  const row = await subgraph.dataSource.query('SELECT version FROM story WHERE id = $1', [story.id]);
  return row[0].version as number;
}

async function move(story: Story, toStatus: StoryStatus, viewer: Viewer = admin, reason?: string, version?: number) {
  const expectedVersion = version ?? (await versionOf(story));
  const { body } = await subgraph.gql(
    MOVE,
    { input: { storyId: story.id, toStatus, reason, expectedVersion } },
    viewer,
  );
  return body;
}

async function moveOk(story: Story, toStatus: StoryStatus, viewer: Viewer = admin, reason?: string) {
  const body = await move(story, toStatus, viewer, reason);
  expect(body.errors).toBeUndefined();
  return body.data!.moveStoryStatus as {
    story: { status: string; version: number; publishedAt: string | null };
    change: { fromStatus: string; toStatus: string; changedBy: string; reason: string | null };
  };
}

const draft = (consent: Parameters<typeof given.story>[1] = {}) => given.story({ status: S.DRAFT }, consent);

describe('moveStoryStatus: the allowed moves', () => {
  it('takes a story through every allowed move, dating each with who and why, oldest first', async () => {
    const story = await draft();
    await moveOk(story, S.IN_REVIEW, coordinator, 'Ready for a look.');
    await moveOk(story, S.DRAFT, admin, 'Shorten the second paragraph.');
    await moveOk(story, S.IN_REVIEW, CALLERS.member);
    await moveOk(story, S.APPROVED, coordinator);
    await moveOk(story, S.IN_REVIEW, admin, 'One more check of the names.');
    await moveOk(story, S.APPROVED, coordinator);
    const published = await moveOk(story, S.PUBLISHED, CALLERS.writeToken);
    expect(published.story.publishedAt).not.toBeNull();
    await moveOk(story, S.ARCHIVED, admin, 'Campaign over.');
    const republished = await moveOk(story, S.PUBLISHED, coordinator);
    expect(republished.story.publishedAt).toBe(published.story.publishedAt);

    const { body } = await subgraph.gql(STORY, { id: story.id }, admin);
    const history = body.data!.story.statusHistory as {
      fromStatus: string;
      toStatus: string;
      changedBy: string;
      reason: string | null;
      changedAt: string;
    }[];
    expect(history.map((c) => [c.fromStatus, c.toStatus, c.changedBy, c.reason])).toEqual([
      ['DRAFT', 'IN_REVIEW', 'Test Coordinator IT', 'Ready for a look.'],
      ['IN_REVIEW', 'DRAFT', 'Test Admin', 'Shorten the second paragraph.'],
      ['DRAFT', 'IN_REVIEW', 'Test Member', null],
      ['IN_REVIEW', 'APPROVED', 'Test Coordinator IT', null],
      ['APPROVED', 'IN_REVIEW', 'Test Admin', 'One more check of the names.'],
      ['IN_REVIEW', 'APPROVED', 'Test Coordinator IT', null],
      ['APPROVED', 'PUBLISHED', 'Test Token', null],
      ['PUBLISHED', 'ARCHIVED', 'Test Admin', 'Campaign over.'],
      ['ARCHIVED', 'PUBLISHED', 'Test Coordinator IT', null],
    ]);
    const times = history.map((c) => Date.parse(c.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const rows = await subgraph.dataSource.getRepository(StoryStatusChange).findBy({ storyId: story.id });
    expect(rows.find((r) => r.changedBy === 'Test Admin')?.changedById).toBe(admin.id);
  });

  it('shows the story to the public on the very next request after it is published with PUBLIC consent', async () => {
    const story = await draft();
    await moveOk(story, S.IN_REVIEW);
    await moveOk(story, S.APPROVED);
    expect((await subgraph.gql(STORY, { id: story.id })).body.data?.story).toBeNull();
    await moveOk(story, S.PUBLISHED);
    const { body } = await subgraph.gql(STORY, { id: story.id });
    expect(body.data?.story).toMatchObject({ id: story.id, status: 'PUBLISHED', statusHistory: [] });
  });
});

describe('moveStoryStatus: refused moves', () => {
  it.each([
    [S.DRAFT, S.PUBLISHED, ['IN_REVIEW']],
    [S.DRAFT, S.APPROVED, ['IN_REVIEW']],
    [S.PUBLISHED, S.DRAFT, ['ARCHIVED']],
    [S.PUBLISHED, S.WITHDRAWN, ['ARCHIVED']],
    [S.ARCHIVED, S.DRAFT, ['PUBLISHED']],
  ])('refuses %s → %s with BAD_USER_INPUT naming the allowed statuses', async (from, to, allowed) => {
    const story = await given.story({ status: from });
    const before = await versionOf(story);
    const body = await move(story, to);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions).toMatchObject({ fromStatus: from, toStatus: to, allowedStatuses: allowed });
    expect(await versionOf(story)).toBe(before);
  });

  it('refuses sending a story back to draft without saying which changes are needed', async () => {
    const story = await given.story({ status: S.IN_REVIEW });
    const body = await move(story, S.DRAFT, admin, '   ');
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions?.problems).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('refuses publishing a story without a recorded consent with CONFLICT, and publishes it once consent is recorded', async () => {
    const story = await given.story({ status: S.APPROVED }, null);
    const body = await move(story, S.PUBLISHED, coordinator);
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors![0].message).toMatch(/no consent/);
    await given.consent(story);
    await moveOk(story, S.PUBLISHED, coordinator);
  });

  it('lets the recording staff take a draft through review before its consent is recorded', async () => {
    const story = await given.story({ status: S.DRAFT }, null);
    await moveOk(story, S.IN_REVIEW, CALLERS.member);
    await moveOk(story, S.APPROVED, coordinator);
  });

  it('does not find a story whose consent expired, so it cannot be published', async () => {
    const story = await given.story(
      { status: S.ARCHIVED },
      { givenAt: new Date(Date.now() - 48 * 3600_000), expiresAt: new Date(Date.now() - 1000) },
    );
    expect(codeOf(await move(story, S.PUBLISHED))).toBe('NOT_FOUND');
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const story = await draft();
    const version = await versionOf(story);
    await moveOk(story, S.IN_REVIEW);
    const body = await move(story, S.APPROVED, admin, undefined, version);
    expect(codeOf(body)).toBe('CONFLICT');
    const { body: read } = await subgraph.gql(STORY, { id: story.id }, admin);
    expect(read.data!.story.status).toBe('IN_REVIEW');
    expect(read.data!.story.statusHistory).toHaveLength(1);
  });
});

describe('moveStoryStatus: who may move a story', () => {
  it.each(
    matrix({
      anonymous: 'UNAUTHENTICATED',
      admin: 'MOVED',
      coordinator: 'MOVED',
      otherCoordinator: 'FORBIDDEN',
      member: 'MOVED',
      otherMember: 'FORBIDDEN',
      juror: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      readToken: 'FORBIDDEN',
      writeToken: 'MOVED',
    }),
  )('a published public story: $caller → $expected', async ({ viewer, expected }) => {
    const story = await given.story({ status: S.PUBLISHED });
    const body = await move(story, S.ARCHIVED, viewer);
    if (expected === 'MOVED') expect(body.data?.moveStoryStatus.story.status).toBe('ARCHIVED');
    else expect(codeOf(body)).toBe(expected);
  });

  it.each(
    matrix({
      anonymous: 'UNAUTHENTICATED',
      admin: 'MOVED',
      coordinator: 'MOVED',
      otherCoordinator: 'NOT_FOUND',
      member: 'MOVED',
      otherMember: 'NOT_FOUND',
      juror: 'NOT_FOUND',
      viewer: 'NOT_FOUND',
      readToken: 'FORBIDDEN',
      writeToken: 'MOVED',
    }),
  )('a draft the public cannot see: $caller → $expected', async ({ viewer, expected }) => {
    const story = await draft();
    const body = await move(story, S.IN_REVIEW, viewer);
    if (expected === 'MOVED') expect(body.data?.moveStoryStatus.story.status).toBe('IN_REVIEW');
    else expect(codeOf(body)).toBe(expected);
  });
});

describe('Story.statusHistory', () => {
  it.each(
    matrix({
      anonymous: false,
      admin: true,
      coordinator: true,
      otherCoordinator: false,
      member: true,
      otherMember: false,
      juror: false,
      viewer: false,
      readToken: false,
      writeToken: true,
    }),
  )('of a published public story, $caller sees it: $expected', async ({ viewer, expected }) => {
    const story = await draft();
    await moveOk(story, S.IN_REVIEW);
    await moveOk(story, S.APPROVED);
    await moveOk(story, S.PUBLISHED);
    const { body } = await subgraph.gql(STORY, { id: story.id }, viewer);
    expect(body.data!.story.statusHistory).toHaveLength(expected ? 3 : 0);
  });

  it('loads the histories of many stories in one statement', async () => {
    const country = 'MT';
    const stories = await Promise.all([1, 2, 3].map(() => given.story({ status: S.DRAFT, countryCode: country })));
    for (const story of stories) await moveOk(story, S.IN_REVIEW);
    subgraph.statements.length = 0;
    const { body } = await subgraph.gql(
      `query { stories(countryCode: "${country}", first: 10) { nodes { id statusHistory { toStatus } } } }`,
      {},
      viewers.admin(),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.stories.nodes).toHaveLength(3);
    for (const node of body.data!.stories.nodes) expect(node.statusHistory).toEqual([{ toStatus: 'IN_REVIEW' }]);
    expect(selectsAmong(subgraph.statements).filter((s) => s.includes('story_status_change'))).toHaveLength(1);
  });

  it('records the withdrawal of consent as the move to WITHDRAWN, with who and why', async () => {
    const story = await given.story({ status: S.PUBLISHED });
    const { body } = await subgraph.gql(
      `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`,
      { input: { storyId: story.id, reason: 'The storyteller asked us to.' } },
      coordinator,
    );
    expect(body.errors).toBeUndefined();
    const rows = await subgraph.dataSource.getRepository(StoryStatusChange).findBy({ storyId: story.id });
    expect(rows.map((r) => [r.fromStatus, r.toStatus, r.changedBy, r.reason])).toEqual([
      ['PUBLISHED', 'WITHDRAWN', 'Test Coordinator IT', 'The storyteller asked us to.'],
    ]);
    expect(codeOf(await move(story, S.PUBLISHED))).toBe('NOT_FOUND');
  });
});
