import { type Viewer } from '@best/kit';
import { startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { IsNull } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import { ConsentScope } from '../src/consents/consent.enums';
import type { NewConsent } from '../src/consents/consent.service';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import type { NewStory } from '../src/stories/story.service';
import { CALLERS, matrix, type CallerKey } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';
import { EVERYWHERE, NOWHERE, whereSeen } from './where-seen';

/**
 * docs/access-rules.md, stories: every kind of caller against every protected read and write, each
 * rule both ways. The story is Italian and recorded by the organisation of `member` and the tokens.
 */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);

const EVERYONE: Record<CallerKey, boolean> = {
  anonymous: true,
  admin: true,
  coordinator: true,
  otherCoordinator: true,
  member: true,
  otherMember: true,
  juror: true,
  viewer: true,
  readToken: true,
  writeToken: true,
};
const NETWORK = { ...EVERYONE, anonymous: false };
const STAFF_OF_THE_STORY = {
  ...EVERYONE,
  anonymous: false,
  otherCoordinator: false,
  otherMember: false,
  juror: false,
  viewer: false,
};
const NOBODY = Object.fromEntries(Object.keys(EVERYONE).map((k) => [k, false])) as Record<CallerKey, boolean>;

type StoryCase = [string, Partial<NewStory>, Partial<NewConsent> | null, Record<CallerKey, boolean>];
const READS: StoryCase[] = [
  ['a published story with PUBLIC consent', {}, {}, EVERYONE],
  ['a published story with NETWORK consent', {}, { scope: ConsentScope.NETWORK }, NETWORK],
  ['a published story with INTERNAL consent', {}, { scope: ConsentScope.INTERNAL }, STAFF_OF_THE_STORY],
  ['a draft with PUBLIC consent', { status: StoryStatus.DRAFT }, {}, STAFF_OF_THE_STORY],
  [
    'a story in review with NETWORK consent',
    { status: StoryStatus.IN_REVIEW },
    { scope: ConsentScope.NETWORK },
    STAFF_OF_THE_STORY,
  ],
  ['an archived story', { status: StoryStatus.ARCHIVED, publishedAt: ago(48 * HOUR) }, {}, STAFF_OF_THE_STORY],
  ['a story marked WITHDRAWN', { status: StoryStatus.WITHDRAWN, publishedAt: ago(48 * HOUR) }, {}, NOBODY],
  ['a story whose consent expired', {}, { givenAt: ago(72 * HOUR), expiresAt: ago(HOUR) }, NOBODY],
  [
    'an INTERNAL draft whose consent expired',
    { status: StoryStatus.DRAFT },
    { scope: ConsentScope.INTERNAL, givenAt: ago(72 * HOUR), expiresAt: ago(HOUR) },
    NOBODY,
  ],
  ['a story without any consent', {}, null, NOBODY],
  // A story being written before its consent is recorded: its staff see it, nobody else does.
  ['a draft whose consent was never recorded', { status: StoryStatus.DRAFT }, null, STAFF_OF_THE_STORY],
  ['a story in review whose consent was never recorded', { status: StoryStatus.IN_REVIEW }, null, STAFF_OF_THE_STORY],
  ['an approved story whose consent was never recorded', { status: StoryStatus.APPROVED }, null, NOBODY],
];

describe.each(READS)('%s', (_, storyOverrides, consentOverrides, expected) => {
  it.each(matrix(expected))(
    '$caller: seen in story(id), stories, Initiative.stories and references = $expected',
    async ({ viewer, expected: seen }) => {
      const story = await given.story(storyOverrides, consentOverrides);
      expect(await whereSeen(subgraph, story, viewer)).toEqual(seen ? EVERYWHERE : NOWHERE);
    },
  );
});

describe('a story whose consent was withdrawn while it still says PUBLISHED', () => {
  let story: Story;
  beforeAll(async () => {
    story = await given.story({}, { scope: ConsentScope.INTERNAL });
    await subgraph.dataSource
      .getRepository(Consent)
      .update({ storyId: story.id, supersededAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: 'Asked to' });
  });

  it.each(matrix(NOBODY))('$caller does not see it anywhere', async ({ viewer }) => {
    expect(await whereSeen(subgraph, story, viewer)).toEqual(NOWHERE);
  });
});

describe('consent evidence and who recorded it', () => {
  const DETAILS = `query($id: ID!) { story(id: $id) { consent { scope evidenceReference recordedBy } } }`;
  const ADMIN_AND_COORDINATOR = { ...NOBODY, admin: true, coordinator: true };

  it.each(matrix(ADMIN_AND_COORDINATOR))(
    '$caller reading a public story: evidence and recorder shown = $expected (null otherwise)',
    async ({ viewer, expected }) => {
      const story = await given.story(
        {},
        { evidenceReference: 'consent-forms/it/2017/form.pdf', recordedBy: 'Giulia' },
      );
      const { body } = await subgraph.gql(DETAILS, { id: story.id }, viewer);
      expect(body.errors).toBeUndefined();
      expect(body.data?.story.consent).toEqual({
        scope: 'PUBLIC',
        evidenceReference: expected ? 'consent-forms/it/2017/form.pdf' : null,
        recordedBy: expected ? 'Giulia' : null,
      });
    },
  );

  it('a member of the recording organisation sees its INTERNAL story but not the consent evidence', async () => {
    const story = await given.story({}, { scope: ConsentScope.INTERNAL });
    const { body } = await subgraph.gql(DETAILS, { id: story.id }, CALLERS.member);
    expect(body.data?.story.consent).toEqual({ scope: 'INTERNAL', evidenceReference: null, recordedBy: null });
  });
});

describe('withdrawConsent', () => {
  const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`;
  const withdraw = (story: Story, viewer: Viewer) =>
    subgraph.gql(WITHDRAW, { input: { storyId: story.id, reason: 'The storyteller asked us to.' } }, viewer);

  type Outcome = 'WITHDRAWN' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
  const PUBLIC_STORY: Record<CallerKey, Outcome> = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'WITHDRAWN',
    coordinator: 'WITHDRAWN',
    otherCoordinator: 'FORBIDDEN',
    member: 'WITHDRAWN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'WITHDRAWN',
  };
  // A story the caller cannot see answers NOT_FOUND, as if it did not exist.
  const INTERNAL_STORY: Record<CallerKey, Outcome> = {
    ...PUBLIC_STORY,
    otherCoordinator: 'NOT_FOUND',
    otherMember: 'NOT_FOUND',
    juror: 'NOT_FOUND',
    viewer: 'NOT_FOUND',
  };

  it.each([
    ...matrix(PUBLIC_STORY).map((row) => ({ ...row, scope: ConsentScope.PUBLIC })),
    ...matrix(INTERNAL_STORY).map((row) => ({ ...row, scope: ConsentScope.INTERNAL })),
  ])('$caller withdrawing the consent of a $scope story: $expected', async ({ viewer, expected, scope }) => {
    const story = await given.story({}, { scope });
    const { body } = await withdraw(story, viewer);
    const current = await given.consents.current(story.id);
    if (expected === 'WITHDRAWN') {
      expect(body.errors).toBeUndefined();
      expect(body.data?.withdrawConsent.storyId).toBe(story.id);
      expect(current?.withdrawnAt).toBeInstanceOf(Date);
      expect(await whereSeen(subgraph, story, viewers.admin())).toEqual(NOWHERE);
    } else {
      expect(body.errors?.[0].extensions?.code).toBe(expected);
      expect(current?.withdrawnAt).toBeNull();
    }
  });
});
