import { IsNull } from 'typeorm';
import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Consent } from '../src/consents/consent.entity';
import { ConsentChannel, ConsentGiver, ConsentScope } from '../src/consents/consent.enums';
import { hashWithdrawalCode, normalizeWithdrawalCode } from '../src/consents/withdrawal-code';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus, StorytellerRiskFlag } from '../src/stories/story.enums';
import { matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const coordinator = viewers.coordinator('IT');
const admin = viewers.admin();

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    withdrawalCode
    story { id status }
    consent {
      id givenBy givenAt recordedAt withdrawnAt scope channels mayShowName mayShowImage expiresAt
      evidenceReference recordedBy
    }
  } }`;

const anInput = (story: Story, overrides: Record<string, unknown> = {}) => ({
  storyId: story.id,
  givenBy: story.isMinor ? 'GUARDIAN' : 'STORYTELLER',
  givenAt: new Date(Date.now() - 2 * DAY).toISOString(),
  scope: 'PUBLIC',
  channels: ['WEBSITE', 'FACEBOOK'],
  evidenceReference: 'consent-forms/it/2026/017.pdf',
  ...overrides,
});

const record = (story: Story, overrides: Record<string, unknown> = {}, viewer: Viewer = coordinator) =>
  subgraph.gql(RECORD, { input: anInput(story, overrides) }, viewer);

const problemsOf = (body: { errors?: readonly { extensions?: Record<string, any> }[] }) =>
  (body.errors?.[0]?.extensions?.problems ?? []) as { field: string; message: string }[];

/** Read fresh each time (the seed's service caches per context). */
const currentConsent = (storyId: string) =>
  subgraph.dataSource.getRepository(Consent).findOneBy({ storyId, supersededAt: IsNull() });

const storedCodeHashes = async (story: Story): Promise<string[]> =>
  (
    await subgraph.dataSource.query('SELECT code_hash FROM consent_withdrawal_code WHERE story_id = $1', [story.id])
  ).map((r: { code_hash: string }) => r.code_hash);

describe('recordConsent', () => {
  it("the coordinator of the story's country records consent: it becomes current, names them, and returns a withdrawal code once", async () => {
    const story = await given.story({ status: StoryStatus.DRAFT }, null);
    const givenAt = new Date(Date.now() - 3 * DAY);
    const expiresAt = new Date(Date.now() + 365 * DAY);
    const { body } = await record(story, {
      givenAt: givenAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      mayShowName: true,
    });
    const data = expectNoGraphQLErrors(body, RECORD).recordConsent;
    expect(data.consent).toMatchObject({
      givenBy: 'STORYTELLER',
      givenAt: givenAt.toISOString(),
      withdrawnAt: null,
      scope: 'PUBLIC',
      channels: ['WEBSITE', 'FACEBOOK'],
      mayShowName: true,
      mayShowImage: false,
      expiresAt: expiresAt.toISOString(),
      evidenceReference: 'consent-forms/it/2026/017.pdf',
      recordedBy: 'Test Coordinator IT',
    });
    expect(Math.abs(new Date(data.consent.recordedAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(data.story).toEqual({ id: story.id, status: 'DRAFT' });
    expect((await currentConsent(story.id))?.id).toBe(data.consent.id);

    expect(data.withdrawalCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // Only the hash is kept, and nowhere does the code itself appear.
    expect(await storedCodeHashes(story)).toEqual([hashWithdrawalCode(normalizeWithdrawalCode(data.withdrawalCode)!)]);
    const dump = JSON.stringify(
      await subgraph.dataSource.query(
        `SELECT (SELECT json_agg(c) FROM consent c WHERE story_id = $1) AS consents,
                (SELECT json_agg(w) FROM consent_withdrawal_code w WHERE story_id = $1) AS codes,
                (SELECT json_agg(a) FROM audit_event a WHERE subject_id = $1::text) AS audit`,
        [story.id],
      ),
    );
    expect(dump).not.toContain(data.withdrawalCode);
    expect(dump).not.toContain(data.withdrawalCode.replace(/-/g, ''));
  });

  it('each recording replaces the current consent, keeps the old one as history, and issues a new code', async () => {
    const story = await given.story({}, null);
    const first = expectNoGraphQLErrors((await record(story, { scope: 'NETWORK' })).body).recordConsent;
    const second = expectNoGraphQLErrors((await record(story, { scope: 'PUBLIC' }, admin)).body).recordConsent;
    expect(second.withdrawalCode).not.toBe(first.withdrawalCode);
    expect(second.consent.recordedBy).toBe('Test Admin');
    expect((await currentConsent(story.id))?.scope).toBe('PUBLIC');
    expect(await storedCodeHashes(story)).toHaveLength(2);
  });

  type Outcome = 'RECORDED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
  const ON_A_PUBLIC_STORY: Parameters<typeof matrix<Outcome>>[0] = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'RECORDED',
    coordinator: 'RECORDED',
    otherCoordinator: 'FORBIDDEN',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };
  it.each(matrix(ON_A_PUBLIC_STORY))('$caller recording consent on a public story: $expected', async (row) => {
    const story = await given.story();
    const before = await currentConsent(story.id);
    const { body } = await record(story, { scope: 'NETWORK' }, row.viewer);
    const after = await currentConsent(story.id);
    if (row.expected === 'RECORDED') {
      expect(body.errors).toBeUndefined();
      expect(after?.scope).toBe('NETWORK');
    } else {
      expect(body.errors?.[0].extensions?.code).toBe(row.expected);
      expect(after?.id).toBe(before?.id);
      expect(await storedCodeHashes(story)).toHaveLength(1); // the one the seed issued
    }
  });

  it('a coordinator of another country gets NOT_FOUND for a story they cannot see, as for one that does not exist', async () => {
    const story = await given.story({}, { scope: ConsentScope.INTERNAL });
    const { body } = await record(story, {}, viewers.coordinator('FR'));
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknown = await subgraph.gql(
      RECORD,
      { input: { ...anInput(story), storyId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a withdrawn story takes no new consent (CONFLICT)', async () => {
    const story = await given.story();
    await subgraph.gql(
      `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`,
      { input: { storyId: story.id, reason: 'The storyteller asked us to.' } },
      coordinator,
    );
    const { body } = await record(story);
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0].message).toMatch(/withdrawn/);
  });
});

describe('recordConsent validation', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['consent given in the future', { givenAt: new Date(Date.now() + DAY).toISOString() }, 'givenAt'],
    [
      'an expiry before the consent was given',
      { givenAt: new Date(Date.now() - DAY).toISOString(), expiresAt: new Date(Date.now() - 2 * DAY).toISOString() },
      'expiresAt',
    ],
    ['publication channels on an INTERNAL consent', { scope: 'INTERNAL', channels: ['WEBSITE'] }, 'channels'],
    ['a blank evidence reference', { evidenceReference: '   ' }, 'evidenceReference'],
    ['an evidence reference with a NUL byte', { evidenceReference: 'form\u0000.pdf' }, 'evidenceReference'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and records nothing', async (_, overrides, field) => {
    const story = await given.story({}, null);
    const { body } = await record(story, overrides);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors?.[0])).toContain(field);
    expect(await currentConsent(story.id)).toBeNull();
    expect(await storedCodeHashes(story)).toEqual([]);
  });

  it('takes an INTERNAL consent without channels, and NETWORK and PUBLIC ones with channels', async () => {
    for (const [scope, channels] of [
      ['INTERNAL', []],
      ['NETWORK', ['PRINT']],
      ['PUBLIC', ['WEBSITE', 'YOUTUBE']],
    ] as const) {
      const story = await given.story({}, null);
      const data = expectNoGraphQLErrors((await record(story, { scope, channels })).body).recordConsent;
      expect(data.consent).toMatchObject({ scope, channels });
    }
  });

  it('refuses a story id that is not a UUID, or an unknown scope, before anything runs', async () => {
    const story = await given.story({}, null);
    const badId = await subgraph.gql(RECORD, { input: { ...anInput(story), storyId: 'story-1' } }, coordinator);
    expect(badId.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badScope = await subgraph.gql(RECORD, { input: { ...anInput(story), scope: 'EVERYONE' } }, coordinator);
    expect(badScope.body.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it("takes a minor's consent from a guardian and refuses it from the storyteller", async () => {
    const story = await given.story({ isMinor: true }, null);
    const refused = await record(story, { givenBy: 'STORYTELLER' });
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(refused.body).map((p) => p.field)).toEqual(['givenBy']);
    expect(problemsOf(refused.body)[0].message).toMatch(/guardian/);
    const data = expectNoGraphQLErrors((await record(story, { givenBy: 'GUARDIAN' })).body).recordConsent;
    expect(data.consent.givenBy).toBe('GUARDIAN');
  });

  describe('a storyteller at risk', () => {
    it.each<[string, Record<string, unknown>]>([
      ['with an ongoing asylum claim', { riskFlags: [StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING] }],
      ['with family in the country of origin', { riskFlags: [StorytellerRiskFlag.FAMILY_IN_COUNTRY_OF_ORIGIN] }],
      ['who is a minor', { isMinor: true }],
    ])('%s: a consent showing their name or image is refused with a clear message', async (_, risk) => {
      const story = await given.story({ displayName: 'Green Kite (demo)', ...risk }, null);
      const name = await record(story, { mayShowName: true });
      expect(name.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(name.body.errors?.[0].message).toMatch(/(at risk|a minor).*name is never shown/);
      expect(problemsOf(name.body).map((p) => p.field)).toEqual(['mayShowName']);
      const image = await record(story, { mayShowImage: true });
      expect(image.body.errors?.[0].message).toMatch(/no image showing them/);
      expect(problemsOf(image.body).map((p) => p.field)).toEqual(['mayShowImage']);
      expect(await currentConsent(story.id)).toBeNull();
    });

    it('records a consent that shows neither their name nor their image', async () => {
      const story = await given.story({ riskFlags: [StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING] }, null);
      const data = expectNoGraphQLErrors(
        (await record(story, { mayShowName: false, mayShowImage: false })).body,
      ).recordConsent;
      expect(data.consent).toMatchObject({ mayShowName: false, mayShowImage: false });
    });

    it('is refused through the service too (seeds and jobs use it)', async () => {
      const story = await given.story({ riskFlags: [StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING] }, null);
      await expect(given.consent(story, { mayShowName: true })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });

  it('a storyteller not at risk may allow both', async () => {
    const story = await given.story({ displayName: 'Green Kite (demo)' }, null);
    const data = expectNoGraphQLErrors(
      (await record(story, { mayShowName: true, mayShowImage: true })).body,
    ).recordConsent;
    expect(data.consent).toMatchObject({ mayShowName: true, mayShowImage: true });
  });
});

describe('Story.consentHistory and the consent fields', () => {
  const HISTORY = `query($id: ID!) { story(id: $id) {
    consent { givenBy givenAt recordedAt withdrawnAt }
    consentHistory { id scope givenBy evidenceReference recordedBy } } }`;

  let story: Story;
  beforeAll(async () => {
    story = await given.story({}, { scope: ConsentScope.NETWORK, evidenceReference: 'forms/first.pdf' });
    await given.consent(story, {
      scope: ConsentScope.PUBLIC,
      channels: [ConsentChannel.WEBSITE],
      evidenceReference: 'forms/second.pdf',
    });
  });

  it.each<[string, Viewer]>([
    ['an admin', admin],
    ["the coordinator of the story's country", coordinator],
  ])('%s sees every consent, newest first, with its evidence', async (_, viewer) => {
    const data = expectNoGraphQLErrors((await subgraph.gql(HISTORY, { id: story.id }, viewer)).body, HISTORY);
    expect(data.story.consentHistory.map((c: any) => [c.scope, c.evidenceReference, c.recordedBy])).toEqual([
      ['PUBLIC', 'forms/second.pdf', 'Alex Sample'],
      ['NETWORK', 'forms/first.pdf', 'Alex Sample'],
    ]);
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ['the coordinator of another country', viewers.coordinator('FR')],
    ['a member of the recording organisation', viewers.member('0d000000-0000-4000-8000-0000000000a1', 'IT')],
    [
      'a WRITE token of the recording organisation',
      viewers.token('0d000000-0000-4000-8000-0000000000a1', 'IT', ['READ', 'WRITE']),
    ],
  ])('%s gets an empty history of the same visible story', async (_, viewer) => {
    const data = expectNoGraphQLErrors((await subgraph.gql(HISTORY, { id: story.id }, viewer)).body, HISTORY);
    expect(data.story.consentHistory).toEqual([]);
  });

  it("an admin reading the history of a public story is audited (it carries the evidence), the public's empty one is not", async () => {
    const events = () =>
      subgraph.dataSource.query(
        `SELECT actor_kind, details FROM audit_event WHERE action = 'STORYTELLER_READ' AND subject_id = $1 ORDER BY at`,
        [story.id],
      );
    const before = (await events()).length;
    const ONLY_HISTORY = `query($id: ID!) { story(id: $id) { id consentHistory { scope } } }`;
    expectNoGraphQLErrors((await subgraph.gql(ONLY_HISTORY, { id: story.id })).body);
    expect(await events()).toHaveLength(before);
    expectNoGraphQLErrors((await subgraph.gql(ONLY_HISTORY, { id: story.id }, admin)).body);
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toEqual({ actor_kind: 'USER', details: { fields: ['consentHistory'] } });
  });

  it('shows who gave the current consent and when to whoever sees the story', async () => {
    const data = expectNoGraphQLErrors((await subgraph.gql(HISTORY, { id: story.id })).body, HISTORY);
    expect(data.story.consent).toEqual({
      givenBy: ConsentGiver.STORYTELLER,
      givenAt: expect.any(String),
      recordedAt: expect.any(String),
      withdrawnAt: null,
    });
  });
});
