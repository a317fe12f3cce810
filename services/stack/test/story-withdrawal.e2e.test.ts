import { expectNoGraphQLErrors } from '@best/kit/testing';
import { gatewayClient, startStack, type Stack } from '../src';

/**
 * Withdrawal seen through the real gateway over HTTP: once consent is withdrawn, by the storyteller
 * with their code (no account) or by staff, the very next anonymous request no longer shows the
 * story anywhere: not in the list, not by id, not on its initiative's page.
 */
let stack: Stack;
let adminCookie: string;
beforeAll(async () => {
  stack = await startStack();
  adminCookie = await signIn('admin@best.example');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const signIn = (email: string) => gatewayClient(stack.gatewayUrl).signIn(email);
const gql = (query: string, variables: Record<string, unknown> = {}, cookie?: string) =>
  gatewayClient(stack.gatewayUrl).gql(query, variables, cookie);

const PUBLIC_STORIES = `{ stories(first: 100) { totalCount nodes { id isMinor initiative { id } } } }`;

const WHERE_SEEN = `query WhereSeen($id: ID!, $initiativeId: ID!) {
  story(id: $id) { id title }
  stories(first: 100) { totalCount nodes { id } }
  initiative(id: $initiativeId) { id stories { id } }
}`;

interface Seen {
  byId: boolean;
  inList: boolean;
  onInitiative: boolean;
  total: number;
}

/** One anonymous request asking every way the API has to show the story. */
async function seenAnonymously(story: { id: string; initiativeId: string }): Promise<Seen> {
  const { body } = await gql(WHERE_SEEN, { id: story.id, initiativeId: story.initiativeId });
  const data = expectNoGraphQLErrors(body, WHERE_SEEN);
  return {
    byId: data.story?.id === story.id,
    inList: data.stories.nodes.some((n: { id: string }) => n.id === story.id),
    onInitiative: (data.initiative?.stories ?? []).some((s: { id: string }) => s.id === story.id),
    total: data.stories.totalCount,
  };
}

/** Published public demo stories about an initiative, distinct per test. */
let candidates: { id: string; initiativeId: string; isMinor: boolean }[] | null = null;
async function aPublicStory() {
  if (!candidates) {
    const data = expectNoGraphQLErrors((await gql(PUBLIC_STORIES)).body, PUBLIC_STORIES);
    candidates = data.stories.nodes
      .filter((s: any) => s.initiative?.id)
      .map((s: any) => ({ id: s.id, initiativeId: s.initiative.id, isMinor: s.isMinor }));
  }
  const story = candidates!.shift();
  if (!story) throw new Error('the demo data has no more public stories about an initiative');
  return story;
}

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { withdrawalCode } }`;
const WITHDRAW_WITH_CODE = `mutation($input: WithdrawConsentWithCodeInput!) {
  withdrawConsentWithCode(input: $input) { withdrawnAt } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId withdrawnAt } }`;

describe('withdrawal through the gateway', () => {
  it('the storyteller withdraws with their code, anonymously, and the very next anonymous request shows the story nowhere', async () => {
    const story = await aPublicStory();
    // Staff record the consent afresh: the storyteller is handed the code once.
    const recorded = await gql(
      RECORD,
      {
        input: {
          storyId: story.id,
          givenBy: story.isMinor ? 'GUARDIAN' : 'STORYTELLER',
          givenAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
          scope: 'PUBLIC',
          channels: ['WEBSITE'],
          evidenceReference: 'consent-forms/e2e/renewed.pdf',
        },
      },
      adminCookie,
    );
    const { withdrawalCode } = expectNoGraphQLErrors(recorded.body, RECORD).recordConsent;
    const before = await seenAnonymously(story);
    expect(before).toMatchObject({ byId: true, inList: true, onInitiative: true });

    // Typed by hand, in lower case with spaces: the code alone is enough.
    const typed = withdrawalCode.toLowerCase().replace(/-/g, ' ');
    const { status, body } = await gql(WITHDRAW_WITH_CODE, { input: { code: typed } });
    expect(status).toBe(200);
    const answer = expectNoGraphQLErrors(body, WITHDRAW_WITH_CODE).withdrawConsentWithCode;
    expect(Object.keys(answer)).toEqual(['withdrawnAt']);

    expect(await seenAnonymously(story)).toEqual({
      byId: false,
      inList: false,
      onInitiative: false,
      total: before.total - 1,
    });
    // Nor does staff see it any more; asking again with the code answers the same.
    const asAdmin = await gql(`query($id: ID!) { story(id: $id) { id } }`, { id: story.id }, adminCookie);
    expect(expectNoGraphQLErrors(asAdmin.body).story).toBeNull();
    const again = await gql(WITHDRAW_WITH_CODE, { input: { code: withdrawalCode } });
    expect(expectNoGraphQLErrors(again.body).withdrawConsentWithCode).toEqual(answer);
  });

  it('an unknown code through the gateway is NOT_FOUND with a readable message and changes nothing', async () => {
    const story = await aPublicStory();
    const before = await seenAnonymously(story);
    const { body } = await gql(WITHDRAW_WITH_CODE, { input: { code: '0000-1111-2222-3333-4444' } });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not recognised/),
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await seenAnonymously(story)).toEqual(before);
  });

  it('staff withdraw consent, and the very next anonymous request shows the story nowhere', async () => {
    const story = await aPublicStory();
    const before = await seenAnonymously(story);
    expect(before).toMatchObject({ byId: true, inList: true, onInitiative: true });

    const refused = await gql(WITHDRAW, { input: { storyId: story.id, reason: 'Trying' } });
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { body } = await gql(
      WITHDRAW,
      { input: { storyId: story.id, reason: 'The storyteller called the office.' } },
      adminCookie,
    );
    expect(expectNoGraphQLErrors(body, WITHDRAW).withdrawConsent.storyId).toBe(story.id);

    expect(await seenAnonymously(story)).toEqual({
      byId: false,
      inList: false,
      onInitiative: false,
      total: before.total - 1,
    });
  });
});
