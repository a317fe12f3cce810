import type { Viewer } from '@best/kit';
import { codeOf, type GraphQLResponse, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus, StorytellerRiskFlag } from '../src/stories/story.enums';
import { CALLERS, matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';

/**
 * Issue 5: risk flags on the storyteller force anonymity and a second reviewer before publication,
 * and only the staff who may change a story learn why.
 */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

type Body = GraphQLResponse;
const F = StorytellerRiskFlag;
const S = StoryStatus;

const RISK = `query($id: ID!) { story(id: $id) { id storytellerName riskFlags needsSecondReviewer } }`;
const UPDATE = `mutation($input: UpdateStoryInput!) { updateStory(input: $input) { story { riskFlags isMinor version } } }`;
const CREATE = `mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id riskFlags isMinor needsSecondReviewer } } }`;
const MOVE = `mutation($input: MoveStoryStatusInput!) { moveStoryStatus(input: $input) { story { status } } }`;

async function versionOf(id: string): Promise<number> {
  const [row] = await subgraph.dataSource.query('SELECT version FROM story WHERE id = $1', [id]);
  return row.version as number;
}

async function updateStory(story: Story, changes: Record<string, unknown>, viewer: Viewer = CALLERS.admin) {
  const input = { storyId: story.id, expectedVersion: await versionOf(story.id), ...changes };
  return (await subgraph.gql(UPDATE, { input }, viewer)).body as Body;
}

async function move(story: Story, toStatus: StoryStatus, viewer: Viewer): Promise<Body> {
  const input = { storyId: story.id, toStatus, expectedVersion: await versionOf(story.id) };
  return (await subgraph.gql(MOVE, { input }, viewer)).body as Body;
}

async function read(story: Story, viewer?: Viewer) {
  const { body } = await subgraph.gql(RISK, { id: story.id }, viewer);
  expect(body.errors).toBeUndefined();
  return body.data!.story as { storytellerName: string; riskFlags: string[]; needsSecondReviewer: boolean };
}

describe('a minor’s story carries the MINOR flag', () => {
  const input = {
    title: 'My first winter',
    text: 'The snow surprised me.',
    language: 'en',
    kind: 'TESTIMONY',
    storytellerRole: 'MIGRANT',
    countryCode: 'IT',
  };

  it('when it is recorded, added to the flags given', async () => {
    const { body } = await subgraph.gql(
      CREATE,
      { input: { ...input, isMinor: true, riskFlags: [F.ASYLUM_CLAIM_ONGOING] } },
      CALLERS.admin,
    );
    expect(body.data!.createStory.story).toMatchObject({
      isMinor: true,
      riskFlags: [F.ASYLUM_CLAIM_ONGOING, F.MINOR],
      needsSecondReviewer: true,
    });
  });

  it('not for an adult without flags, who needs no second reviewer', async () => {
    const { body } = await subgraph.gql(CREATE, { input }, CALLERS.admin);
    expect(body.data!.createStory.story).toMatchObject({ isMinor: false, riskFlags: [], needsSecondReviewer: false });
  });

  it('when a story is marked as a minor’s later, and it stays while the storyteller is a minor', async () => {
    const story = await given.story({ status: S.DRAFT }, null);
    expect((await updateStory(story, { isMinor: true })).data!.updateStory.story.riskFlags).toEqual([F.MINOR]);
    expect((await updateStory(story, { riskFlags: [] })).data!.updateStory.story.riskFlags).toEqual([F.MINOR]);
  });

  it('is stored by the service the seeds use too', async () => {
    const story = await given.story({ isMinor: true }, null);
    expect(story.riskFlags).toEqual([F.MINOR]);
  });
});

describe('riskFlags and needsSecondReviewer are told only to those who may change the story', () => {
  let story: Story;
  beforeAll(async () => {
    story = await given.story({ riskFlags: [F.FAMILY_IN_COUNTRY_OF_ORIGIN] });
  });

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
  )('a published public at-risk story: $caller told = $expected', async ({ viewer, expected }) => {
    expect(await read(story, viewer)).toMatchObject(
      expected
        ? { riskFlags: [F.FAMILY_IN_COUNTRY_OF_ORIGIN], needsSecondReviewer: true }
        : { riskFlags: [], needsSecondReviewer: false },
    );
  });
});

describe('an at-risk storyteller is shown as "Anonymous", whatever the consent says', () => {
  it('a display name the consent lets show disappears as soon as a risk flag is added, for everyone', async () => {
    const story = await given.story({ displayName: 'Amina' }, { mayShowName: true });
    expect((await read(story)).storytellerName).toBe('Amina');
    expect((await read(story, CALLERS.admin)).storytellerName).toBe('Amina');

    expect((await updateStory(story, { riskFlags: [F.ASYLUM_CLAIM_ONGOING] })).errors).toBeUndefined();
    expect((await read(story)).storytellerName).toBe('Anonymous');
    expect((await read(story, CALLERS.admin)).storytellerName).toBe('Anonymous');
    const { body } = await subgraph.gql(`{ stories(first: 100) { nodes { id storytellerName } } }`);
    expect(body.data!.stories.nodes).toContainEqual({ id: story.id, storytellerName: 'Anonymous' });
  });

  it('a minor is anonymous even with a display name', async () => {
    const story = await given.story({ displayName: 'Sami', isMinor: true });
    expect((await read(story)).storytellerName).toBe('Anonymous');
  });
});

describe('publishing an at-risk story needs a second reviewer', () => {
  /** A story taken to APPROVED through the workflow by `approver`, with PUBLIC consent. */
  async function approvedBy(approver: Viewer, flags: StorytellerRiskFlag[] = [F.ASYLUM_CLAIM_ONGOING]) {
    const story = await given.story({ status: S.DRAFT, riskFlags: flags });
    expect((await move(story, S.IN_REVIEW, CALLERS.member)).errors).toBeUndefined();
    expect((await move(story, S.APPROVED, approver)).errors).toBeUndefined();
    return story;
  }

  it('refuses the person who approved it with CONFLICT, and lets another reviewer publish it', async () => {
    const story = await approvedBy(CALLERS.coordinator);
    const refused = await move(story, S.PUBLISHED, CALLERS.coordinator);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/second reviewer/);
    expect(refused.errors![0].extensions).toMatchObject({ needsSecondReviewer: true });
    expect((await move(story, S.PUBLISHED, CALLERS.admin)).data).toEqual({
      moveStoryStatus: { story: { status: 'PUBLISHED' } },
    });
  });

  it('lets the same person approve and publish a story whose storyteller is not at risk', async () => {
    const story = await approvedBy(CALLERS.coordinator, []);
    expect((await move(story, S.PUBLISHED, CALLERS.coordinator)).data!.moveStoryStatus.story.status).toBe('PUBLISHED');
  });

  it('treats a minor’s story as at risk', async () => {
    const story = await given.story({ status: S.DRAFT, isMinor: true });
    expect((await move(story, S.IN_REVIEW, CALLERS.coordinator)).errors).toBeUndefined();
    expect((await move(story, S.APPROVED, CALLERS.admin)).errors).toBeUndefined();
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.admin))).toBe('CONFLICT');
    expect((await move(story, S.PUBLISHED, CALLERS.writeToken)).errors).toBeUndefined();
  });

  it('counts the latest approval: whoever approved again may not publish', async () => {
    const story = await approvedBy(CALLERS.coordinator);
    expect((await move(story, S.IN_REVIEW, CALLERS.admin)).errors).toBeUndefined();
    expect((await move(story, S.APPROVED, CALLERS.admin)).errors).toBeUndefined();
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.admin))).toBe('CONFLICT');
    expect((await move(story, S.PUBLISHED, CALLERS.coordinator)).errors).toBeUndefined();
  });

  it('refuses an at-risk story marked APPROVED without a recorded approval, whoever publishes it', async () => {
    const story = await given.story({ status: S.APPROVED, riskFlags: [F.FAMILY_IN_COUNTRY_OF_ORIGIN] });
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.admin))).toBe('CONFLICT');
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.coordinator))).toBe('CONFLICT');
  });

  it('applies when a flag is added after approval: the approver may no longer publish', async () => {
    const story = await approvedBy(CALLERS.coordinator, []);
    expect(
      (await updateStory(story, { riskFlags: [F.ASYLUM_CLAIM_ONGOING] }, CALLERS.coordinator)).errors,
    ).toBeUndefined();
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.coordinator))).toBe('CONFLICT');
    expect((await move(story, S.PUBLISHED, CALLERS.member)).errors).toBeUndefined();
  });

  it('applies when an archived story whose storyteller became at risk is published again', async () => {
    const story = await approvedBy(CALLERS.coordinator, []);
    expect((await move(story, S.PUBLISHED, CALLERS.coordinator)).errors).toBeUndefined();
    expect((await move(story, S.ARCHIVED, CALLERS.coordinator)).errors).toBeUndefined();
    expect((await updateStory(story, { riskFlags: [F.FAMILY_IN_COUNTRY_OF_ORIGIN] })).errors).toBeUndefined();
    expect(codeOf(await move(story, S.PUBLISHED, CALLERS.coordinator))).toBe('CONFLICT');
    expect((await move(story, S.PUBLISHED, CALLERS.admin)).data!.moveStoryStatus.story.status).toBe('PUBLISHED');
  });
});
