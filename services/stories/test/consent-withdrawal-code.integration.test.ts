import { IsNull } from 'typeorm';
import { AuditEvent, type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Consent } from '../src/consents/consent.entity';
import { ConsentScope } from '../src/consents/consent.enums';
import { WITHDRAWN_WITH_CODE_REASON } from '../src/consents/consent.service';
import { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { StoryStatusChange } from '../src/stories/story-status-change.entity';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';
import { EVERYWHERE, NOWHERE, whereSeen } from './where-seen';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const WITHDRAW = `mutation($input: WithdrawConsentWithCodeInput!) {
  withdrawConsentWithCode(input: $input) { withdrawnAt } }`;

const withdraw = (code: string, reason?: string, viewer?: Viewer) =>
  subgraph.gql(WITHDRAW, { input: { code, ...(reason === undefined ? {} : { reason }) } }, viewer);

/** A published public story and the code its storyteller received. */
async function storyWithCode(
  overrides: Parameters<typeof given.story>[0] = {},
): Promise<{ story: Story; code: string }> {
  const story = await given.story(overrides, null);
  const { withdrawalCode } = await given.consents.recordWithCode(story.id, given.aConsent(story));
  return { story, code: withdrawalCode };
}

const fresh = {
  story: (id: string) => subgraph.dataSource.getRepository(Story).findOneByOrFail({ id }),
  consent: (storyId: string) =>
    subgraph.dataSource.getRepository(Consent).findOneByOrFail({ storyId, supersededAt: IsNull() }),
  history: (storyId: string) =>
    subgraph.dataSource.getRepository(StoryStatusChange).find({ where: { storyId }, order: { changedAt: 'ASC' } }),
  audit: (storyId: string) =>
    subgraph.dataSource.getRepository(AuditEvent).find({ where: { subjectId: storyId }, order: { at: 'ASC' } }),
};

describe('withdrawConsentWithCode', () => {
  it('the storyteller, without an account, withdraws with their code: the story is withdrawn and hidden from the next request', async () => {
    const { story, code } = await storyWithCode();
    expect(await whereSeen(subgraph, story)).toEqual(EVERYWHERE);

    const { body } = await withdraw(code, 'I moved and would rather not be found.');
    const { withdrawConsentWithCode } = expectNoGraphQLErrors(body, WITHDRAW);
    expect(Math.abs(new Date(withdrawConsentWithCode.withdrawnAt).getTime() - Date.now())).toBeLessThan(60_000);

    expect(await whereSeen(subgraph, story)).toEqual(NOWHERE);
    expect(await whereSeen(subgraph, story, viewers.admin())).toEqual(NOWHERE);
    expect(await whereSeen(subgraph, story, viewers.coordinator('IT'))).toEqual(NOWHERE);

    const after = await fresh.story(story.id);
    expect(after.status).toBe(StoryStatus.WITHDRAWN);
    expect(after.version).toBe(story.version + 1);
    const consent = await fresh.consent(story.id);
    expect(consent.withdrawnAt?.toISOString()).toBe(withdrawConsentWithCode.withdrawnAt);
    expect(consent.withdrawalReason).toBe('I moved and would rather not be found.');
    const [line] = await fresh.history(story.id);
    expect(line).toMatchObject({
      fromStatus: 'PUBLISHED',
      toStatus: 'WITHDRAWN',
      changedBy: 'The storyteller',
      changedById: null,
      reason: WITHDRAWN_WITH_CODE_REASON,
    });
  });

  it('has the same effect as staff withdrawing it (status, consent, version, history)', async () => {
    const byCode = await storyWithCode();
    const byStaff = await storyWithCode();
    expectNoGraphQLErrors((await withdraw(byCode.code)).body);
    expectNoGraphQLErrors(
      (
        await subgraph.gql(
          `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`,
          { input: { storyId: byStaff.story.id, reason: 'The storyteller phoned us.' } },
          viewers.coordinator('IT'),
        )
      ).body,
    );
    const shape = async (id: string) => {
      const story = await fresh.story(id);
      const consent = await fresh.consent(id);
      const history = await fresh.history(id);
      return {
        status: story.status,
        version: story.version,
        consentWithdrawn: consent.withdrawnAt instanceof Date,
        moves: history.map((h) => `${h.fromStatus}->${h.toStatus}`),
      };
    };
    expect(await shape(byCode.story.id)).toEqual(await shape(byStaff.story.id));
    expect(await whereSeen(subgraph, byStaff.story, viewers.admin())).toEqual(NOWHERE);
  });

  it('forgives how the code is typed: case, spaces instead of dashes, O for 0 and I or L for 1', async () => {
    const { story, code } = await storyWithCode();
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expectNoGraphQLErrors((await withdraw(`  ${sloppy} `)).body);
    expect((await fresh.story(story.id)).status).toBe(StoryStatus.WITHDRAWN);
  });

  it('is idempotent: the same code again answers the same moment and changes nothing more', async () => {
    const { story, code } = await storyWithCode();
    const first = expectNoGraphQLErrors((await withdraw(code)).body).withdrawConsentWithCode;
    const version = (await fresh.story(story.id)).version;
    const second = expectNoGraphQLErrors((await withdraw(code)).body).withdrawConsentWithCode;
    expect(second).toEqual(first);
    expect((await fresh.story(story.id)).version).toBe(version);
    expect(await fresh.history(story.id)).toHaveLength(1);
  });

  it('any code ever issued for the story withdraws its current consent', async () => {
    const { story, code: firstCode } = await storyWithCode();
    const { withdrawalCode: secondCode } = await given.consents.recordWithCode(
      story.id,
      given.aConsent(story, { scope: ConsentScope.NETWORK }),
    );
    expect(secondCode).not.toBe(firstCode);
    expectNoGraphQLErrors((await withdraw(firstCode)).body);
    const current = await fresh.consent(story.id);
    expect(current.scope).toBe('NETWORK');
    expect(current.withdrawnAt).toBeInstanceOf(Date);
    // The later code now finds the story already withdrawn: success, nothing more.
    expectNoGraphQLErrors((await withdraw(secondCode)).body);
  });

  it('withdraws a story that is not published yet as well', async () => {
    const { story, code } = await storyWithCode({ status: StoryStatus.IN_REVIEW });
    expectNoGraphQLErrors((await withdraw(code)).body);
    expect((await fresh.story(story.id)).status).toBe(StoryStatus.WITHDRAWN);
    expect((await fresh.history(story.id)).map((h) => h.fromStatus)).toEqual(['IN_REVIEW']);
  });

  it('works the same for a signed-in caller who has the code', async () => {
    const { story, code } = await storyWithCode();
    expectNoGraphQLErrors(
      (await withdraw(code, undefined, viewers.member('0d000000-0000-4000-8000-0000000000b2', 'FR'))).body,
    );
    expect((await fresh.story(story.id)).status).toBe(StoryStatus.WITHDRAWN);
  });

  it('an unknown code is NOT_FOUND with a message a person understands, and changes nothing', async () => {
    const { story } = await storyWithCode();
    const { body } = await withdraw('ABCD-EFGH-JKMN-PQRS-TVWX');
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^This withdrawal code is not recognised\./),
      extensions: { code: 'NOT_FOUND' },
    });
    expect(body.data?.withdrawConsentWithCode ?? null).toBeNull();
    expect(await whereSeen(subgraph, story)).toEqual(EVERYWHERE);
  });

  it.each([
    ['too short', 'ABCD-EFGH'],
    ['a letter outside the alphabet', 'ABCD-EFGH-JKMN-PQRS-TVWU'],
    ['far too long', 'A'.repeat(500)],
    ['empty', ''],
  ])('a code that cannot be one (%s) is BAD_USER_INPUT, saying what a code looks like', async (_, code) => {
    const { body } = await withdraw(code);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/20 letters and digits/);
  });

  it('refuses a reason longer than 1000 characters or with control characters, and withdraws nothing', async () => {
    const { story, code } = await storyWithCode();
    for (const reason of ['x'.repeat(1001), 'because\u0000']) {
      const { body } = await withdraw(code, reason);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await fresh.story(story.id)).status).toBe(StoryStatus.PUBLISHED);
  });

  it('reveals nothing about the story: the answer carries a date only, and asks for nothing else', async () => {
    const { code } = await storyWithCode();
    const { body } = await withdraw(code);
    expect(Object.keys(body.data?.withdrawConsentWithCode ?? {})).toEqual(['withdrawnAt']);
    const probing = await subgraph.gql(
      `mutation($input: WithdrawConsentWithCodeInput!) { withdrawConsentWithCode(input: $input) { withdrawnAt storyId } }`,
      { input: { code } },
    );
    expect(probing.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is audited as CONSENT_WITHDRAWN_BY_CODE by the public, once per use, with the story id and never the code', async () => {
    const { story, code } = await storyWithCode();
    await withdraw(code, 'private reason');
    await withdraw(code);
    const events = (await fresh.audit(story.id)).filter((e) => e.action === 'CONSENT_WITHDRAWN_BY_CODE');
    expect(events.map((e) => [e.actorKind, e.actorId, e.subjectType, e.details])).toEqual([
      ['ANONYMOUS', null, 'Story', { alreadyWithdrawn: false }],
      ['ANONYMOUS', null, 'Story', { alreadyWithdrawn: true }],
    ]);
    const everything = JSON.stringify(await subgraph.dataSource.query('SELECT * FROM audit_event'));
    expect(everything).not.toContain(code);
    expect(everything).not.toContain(code.replace(/-/g, ''));
    expect(everything).not.toContain('private reason');
  });

  it('staff withdrawing a draft that has no consent yet get CONFLICT, and the draft stays as it is', async () => {
    const draft = await given.story({ status: StoryStatus.DRAFT }, null);
    const { body } = await subgraph.gql(
      `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`,
      { input: { storyId: draft.id, reason: 'Trying' } },
      viewers.coordinator('IT'),
    );
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/no consent has been recorded/i),
      extensions: { code: 'CONFLICT' },
    });
    expect((await fresh.story(draft.id)).status).toBe(StoryStatus.DRAFT);
  });

  it('staff withdrawal is audited too (CONSENT_WITHDRAWN by the staff member)', async () => {
    const { story } = await storyWithCode();
    const coordinator = viewers.coordinator('IT');
    await subgraph.gql(
      `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`,
      { input: { storyId: story.id, reason: 'The storyteller phoned us.' } },
      coordinator,
    );
    const events = (await fresh.audit(story.id)).filter((e) => e.action === 'CONSENT_WITHDRAWN');
    expect(events.map((e) => [e.actorKind, e.actorId])).toEqual([['USER', coordinator.id]]);
  });
});
