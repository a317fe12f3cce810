import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { Consent } from '../src/consents/consent.entity';
import { ConsentChannel, ConsentScope } from '../src/consents/consent.enums';
import { Publication } from '../src/publications/publication.entity';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { CALLERS, matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { selectsAmong } from './sql';
import { seed } from './seed';

/**
 * Publications (docs/access-rules.md, "Stories: publications, campaigns, public feed"): a story is
 * recorded as published on a channel only while its consent covers that channel; the network reads
 * publications, the staff of the story change them, and withdrawals list what to take down.
 */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const DAY = 24 * 60 * 60 * 1000;
const admin = viewers.admin();
const coordinator = CALLERS.coordinator;

const RECORD = `mutation Record($input: RecordPublicationInput!) {
  recordPublication(input: $input) {
    publication { id storyId channel url views shares countryCode version publishedAt takenDownAt story { id title } }
  }
}`;
const REACH = `mutation Reach($input: UpdatePublicationReachInput!) {
  updatePublicationReach(input: $input) { publication { id views shares version } }
}`;
const TAKE_DOWN = `mutation TakeDown($input: MarkPublicationTakenDownInput!) {
  markPublicationTakenDown(input: $input) { publication { id takenDownAt takedownNote } }
}`;
const TO_TAKE_DOWN = `query ToTakeDown($countryCode: ID) {
  publicationsToTakeDown(countryCode: $countryCode, first: 100) { totalCount nodes { id storyId channel story { id } } }
}`;

async function record(viewer: Viewer, input: Record<string, unknown>) {
  return (await subgraph.gql(RECORD, { input }, viewer)).body;
}

/** A publication recorded by an admin; the story's consent must cover the channel. */
async function publication(story: Story, input: Record<string, unknown> = {}) {
  const body = await record(admin, { storyId: story.id, channel: 'WEBSITE', ...input });
  return expectNoGraphQLErrors(body, RECORD).recordPublication.publication as {
    id: string;
    version: number;
    storyId: string;
  };
}

const toTakeDown = async (viewer: Viewer, countryCode?: string): Promise<string[]> =>
  expectNoGraphQLErrors(
    (await subgraph.gql(TO_TAKE_DOWN, { countryCode }, viewer)).body,
    TO_TAKE_DOWN,
  ).publicationsToTakeDown.nodes.map((p: { id: string }) => p.id);

describe('recording a publication: channel coverage at publication', () => {
  it("records a published story on a channel its consent covers, with the story's country", async () => {
    const story = await given.story(
      { countryCode: 'IT' },
      { channels: [ConsentChannel.WEBSITE, ConsentChannel.FACEBOOK] },
    );
    const body = await record(coordinator, {
      storyId: story.id,
      channel: 'FACEBOOK',
      url: 'https://www.facebook.com/best/posts/1',
      views: 120,
      shares: 7,
    });
    const saved = expectNoGraphQLErrors(body, RECORD).recordPublication.publication;
    expect(saved).toMatchObject({
      storyId: story.id,
      channel: 'FACEBOOK',
      url: 'https://www.facebook.com/best/posts/1',
      views: 120,
      shares: 7,
      countryCode: 'IT',
      version: 1,
      takenDownAt: null,
      story: { id: story.id, title: story.title },
    });
  });

  it('refuses a channel the consent does not cover with CONFLICT and a message naming the channel', async () => {
    const story = await given.story({}, { channels: [ConsentChannel.WEBSITE] });
    const body = await record(coordinator, { storyId: story.id, channel: 'FACEBOOK' });
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors?.[0].message).toMatch(/does not cover Facebook \(it covers the website\)/);
    expect(await subgraph.dataSource.getRepository(Publication).countBy({ storyId: story.id })).toBe(0);
  });

  it('refuses a story that is not published with CONFLICT, and accepts it once published', async () => {
    const story = await given.story({ status: StoryStatus.APPROVED });
    const refused = await record(coordinator, { storyId: story.id, channel: 'WEBSITE' });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/approved, not published.*the website/);

    await subgraph.dataSource.query(`UPDATE story SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [
      story.id,
    ]);
    expectNoGraphQLErrors(await record(coordinator, { storyId: story.id, channel: 'WEBSITE' }), RECORD);
  });

  it('refuses a story whose consent expired, with CONFLICT saying so', async () => {
    const story = await given.story();
    await subgraph.dataSource.query(
      `UPDATE consent SET given_at = now() - interval '30 days', expires_at = now() - interval '1 day' WHERE story_id = $1`,
      [story.id],
    );
    const body = await record(coordinator, { storyId: story.id, channel: 'WEBSITE' });
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors?.[0].message).toMatch(/consent expired on \d{4}-\d{2}-\d{2}.*the website/);
  });

  it('refuses a story whose consent was withdrawn, with CONFLICT', async () => {
    const story = await given.story();
    await subgraph.dataSource.query(`UPDATE consent SET withdrawn_at = now() WHERE story_id = $1`, [story.id]);
    const body = await record(coordinator, { storyId: story.id, channel: 'WEBSITE' });
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors?.[0].message).toMatch(/withdrew their consent.*the website/);
  });

  it('accepts a channel a NETWORK-scope consent names, and refuses one it does not name', async () => {
    const story = await given.story({}, { scope: ConsentScope.NETWORK, channels: [ConsentChannel.WEBSITE] });
    const named = await record(coordinator, { storyId: story.id, channel: 'WEBSITE' });
    expect(named.errors).toBeUndefined();
    const other = await record(coordinator, { storyId: story.id, channel: 'FACEBOOK' });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(other.errors?.[0].message).toMatch(/does not cover Facebook \(it covers the website\)/);
  });

  it('refuses an address that is not http(s), and a date in the future, with BAD_USER_INPUT', async () => {
    const story = await given.story();
    const ftp = await record(coordinator, { storyId: story.id, channel: 'WEBSITE', url: 'ftp://example.org/story' });
    expect(codeOf(ftp)).toBe('BAD_USER_INPUT');
    const script = await record(coordinator, { storyId: story.id, channel: 'WEBSITE', url: 'javascript:alert(1)' });
    expect(codeOf(script)).toBe('BAD_USER_INPUT');
    const future = await record(coordinator, {
      storyId: story.id,
      channel: 'WEBSITE',
      publishedAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const negative = await record(coordinator, { storyId: story.id, channel: 'WEBSITE', views: -1 });
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(await subgraph.dataSource.getRepository(Publication).countBy({ storyId: story.id })).toBe(0);
  });

  it('is guarded by the database too: negative reach and non-http addresses are refused', async () => {
    const story = await given.story();
    const saved = await publication(story);
    const repository = subgraph.dataSource.getRepository(Publication);
    await expect(repository.update(saved.id, { views: -1 })).rejects.toThrow(/publication_views_not_negative/);
    await expect(repository.update(saved.id, { shares: -5 })).rejects.toThrow(/publication_shares_not_negative/);
    await expect(repository.update(saved.id, { url: 'javascript:alert(1)' })).rejects.toThrow(/check constraint/);
  });

  describe.each(
    matrix({
      anonymous: 'UNAUTHENTICATED',
      admin: null,
      coordinator: null,
      otherCoordinator: 'FORBIDDEN',
      member: null,
      otherMember: 'FORBIDDEN',
      juror: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      readToken: 'FORBIDDEN',
      writeToken: null,
    }),
  )('$caller', ({ viewer, expected }) => {
    it(expected ? `is refused with ${expected}` : 'may record a publication of a story it may change', async () => {
      const story = await given.story();
      const body = await record(viewer, { storyId: story.id, channel: 'WEBSITE' });
      if (expected) expect(codeOf(body)).toBe(expected);
      else expect(expectNoGraphQLErrors(body, RECORD).recordPublication.publication.storyId).toBe(story.id);
    });
  });

  it('answers NOT_FOUND, not FORBIDDEN, for a story the caller may not even see', async () => {
    const story = await given.story({ status: StoryStatus.DRAFT }, { scope: ConsentScope.INTERNAL });
    expect(codeOf(await record(CALLERS.otherCoordinator, { storyId: story.id, channel: 'WEBSITE' }))).toBe('NOT_FOUND');
    expect(codeOf(await record(admin, { storyId: '00000000-0000-4000-8000-000000000000', channel: 'WEBSITE' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('reach and takedown', () => {
  it('updates reach on the version read, and refuses a stale version with CONFLICT and both versions', async () => {
    const saved = await publication(await given.story());
    const first = await subgraph.gql(
      REACH,
      { input: { publicationId: saved.id, expectedVersion: saved.version, views: 500, shares: 40 } },
      coordinator,
    );
    expect(expectNoGraphQLErrors(first.body, REACH).updatePublicationReach.publication).toMatchObject({
      views: 500,
      shares: 40,
      version: saved.version + 1,
    });
    const stale = await subgraph.gql(
      REACH,
      { input: { publicationId: saved.id, expectedVersion: saved.version, views: 1, shares: 1 } },
      coordinator,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.body.errors?.[0].extensions).toMatchObject({
      currentVersion: saved.version + 1,
      expectedVersion: saved.version,
    });
    expect(await subgraph.dataSource.getRepository(Publication).findOneByOrFail({ id: saved.id })).toMatchObject({
      views: 500,
      shares: 40,
    });
  });

  it.each([
    ['the coordinator of another country', 'FORBIDDEN', CALLERS.otherCoordinator],
    ['a member of another organisation', 'FORBIDDEN', CALLERS.otherMember],
    ['a READ token of the recording organisation', 'FORBIDDEN', CALLERS.readToken],
    ['anonymous', 'UNAUTHENTICATED', CALLERS.anonymous],
  ] as const)('%s may not change reach or take down: %s', async (_name, code, viewer) => {
    const saved = await publication(await given.story());
    const reach = await subgraph.gql(
      REACH,
      { input: { publicationId: saved.id, expectedVersion: saved.version, views: 1, shares: 1 } },
      viewer,
    );
    expect(codeOf(reach)).toBe(code);
    const down = await subgraph.gql(TAKE_DOWN, { input: { publicationId: saved.id } }, viewer);
    expect(codeOf(down)).toBe(code);
  });

  it('the recording organisation marks its publication as taken down; marking it again keeps the first date', async () => {
    const saved = await publication(await given.story());
    const first = await subgraph.gql(
      TAKE_DOWN,
      { input: { publicationId: saved.id, note: 'Post deleted by the page admin.' } },
      CALLERS.member,
    );
    const done = expectNoGraphQLErrors(first.body, TAKE_DOWN).markPublicationTakenDown.publication;
    expect(done.takedownNote).toBe('Post deleted by the page admin.');
    expect(done.takenDownAt).toEqual(expect.any(String));
    const again = await subgraph.gql(TAKE_DOWN, { input: { publicationId: saved.id, note: 'again' } }, admin);
    expect(expectNoGraphQLErrors(again.body, TAKE_DOWN).markPublicationTakenDown.publication).toEqual(done);
    const audit = await subgraph.dataSource.query(
      `SELECT action, details FROM audit_event WHERE subject_id = $1 ORDER BY at`,
      [saved.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['PUBLICATION_RECORDED', 'PUBLICATION_TAKEN_DOWN']);
    expect(audit[1].details).toEqual({ storyId: saved.storyId, channel: 'WEBSITE' });
  });
});

describe('reading publications', () => {
  const LIST = `query List($storyId: ID) { publications(storyId: $storyId) { totalCount nodes { id story { id } } } }`;

  it('the network reads publications; the public gets none', async () => {
    const story = await given.story();
    const saved = await publication(story);
    for (const viewer of [CALLERS.viewer, CALLERS.juror, CALLERS.otherMember, CALLERS.readToken]) {
      const data = expectNoGraphQLErrors((await subgraph.gql(LIST, { storyId: story.id }, viewer)).body, LIST);
      expect(data.publications.nodes).toEqual([{ id: saved.id, story: { id: story.id } }]);
    }
    const anonymous = expectNoGraphQLErrors((await subgraph.gql(LIST, { storyId: story.id })).body, LIST);
    expect(anonymous.publications).toEqual({ totalCount: 0, nodes: [] });
  });

  it("gives the story as null to a caller who may not see it, but keeps the publication's storyId", async () => {
    const story = await given.story({}, { scope: ConsentScope.PUBLIC, channels: [ConsentChannel.WEBSITE] });
    const saved = await publication(story);
    // The consent narrows to the recording organisation: the network no longer sees the story.
    await given.consent(story, { scope: ConsentScope.INTERNAL, channels: [] });
    const asViewer = expectNoGraphQLErrors((await subgraph.gql(LIST, { storyId: story.id }, CALLERS.viewer)).body);
    expect(asViewer.publications.nodes).toEqual([{ id: saved.id, story: null }]);
    const asCoordinator = expectNoGraphQLErrors((await subgraph.gql(LIST, { storyId: story.id }, coordinator)).body);
    expect(asCoordinator.publications.nodes).toEqual([{ id: saved.id, story: { id: story.id } }]);
  });

  it('sums reach per country and channel in one grouped answer, with filters', async () => {
    const it1 = await given.story(
      { countryCode: 'LU' },
      { channels: [ConsentChannel.WEBSITE, ConsentChannel.YOUTUBE] },
    );
    const it2 = await given.story({ countryCode: 'LU' }, { channels: [ConsentChannel.WEBSITE] });
    const cy = await given.story({ countryCode: 'CY' }, { channels: [ConsentChannel.WEBSITE] });
    const old = new Date(Date.now() - 400 * DAY).toISOString();
    await publication(it1, { channel: 'WEBSITE', views: 100, shares: 10 });
    await publication(it1, { channel: 'YOUTUBE', views: 1000, shares: 3, publishedAt: old });
    await publication(it2, { channel: 'WEBSITE', views: 50, shares: 5 });
    await publication(cy, { channel: 'WEBSITE', views: 7, shares: 1 });
    const REACH_TOTALS = `query Totals($countryCode: ID, $channel: ConsentChannel, $since: DateTimeISO) {
      publicationReach(countryCode: $countryCode, channel: $channel, since: $since) { countryCode channel publications views shares }
    }`;
    const totals = async (variables: Record<string, unknown>, viewer: Viewer = CALLERS.viewer) =>
      expectNoGraphQLErrors((await subgraph.gql(REACH_TOTALS, variables, viewer)).body, REACH_TOTALS).publicationReach;

    expect(await totals({ countryCode: 'LU' })).toEqual([
      { countryCode: 'LU', channel: 'WEBSITE', publications: 2, views: 150, shares: 15 },
      { countryCode: 'LU', channel: 'YOUTUBE', publications: 1, views: 1000, shares: 3 },
    ]);
    expect(await totals({ countryCode: 'LU', channel: 'YOUTUBE' })).toEqual([
      { countryCode: 'LU', channel: 'YOUTUBE', publications: 1, views: 1000, shares: 3 },
    ]);
    expect(await totals({ countryCode: 'lu', since: new Date(Date.now() - 30 * DAY).toISOString() })).toEqual([
      { countryCode: 'LU', channel: 'WEBSITE', publications: 2, views: 150, shares: 15 },
    ]);
    const all = await totals({});
    expect(all).toEqual(
      expect.arrayContaining([{ countryCode: 'CY', channel: 'WEBSITE', publications: 1, views: 7, shares: 1 }]),
    );
    expect(await totals({}, CALLERS.anonymous)).toEqual([]);
    const grouped = selectsAmong(subgraph.statements).filter((s) => /GROUP BY/i.test(s) && /"publication"/.test(s));
    expect(grouped.length).toBeGreaterThan(0);
  });

  it('refuses a malformed country filter, and a reach period that ends before it starts, with BAD_USER_INPUT', async () => {
    const body = (await subgraph.gql('{ publications(countryCode: "Italy") { totalCount } }', {}, admin)).body;
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    const PERIOD = `query P($since: DateTimeISO, $until: DateTimeISO) { publicationReach(since: $since, until: $until) { views } }`;
    const reversed = (
      await subgraph.gql(PERIOD, { since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' }, admin)
    ).body;
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    const inOrder = (
      await subgraph.gql(PERIOD, { since: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' }, admin)
    ).body;
    expect(expectNoGraphQLErrors(inOrder, PERIOD).publicationReach).toEqual(expect.any(Array));
  });

  it('resolves a page of 50 publications with their story, campaign and campaign reach in a bounded number of statements', async () => {
    const campaign = expectNoGraphQLErrors(
      (
        await subgraph.gql(
          `mutation { createCampaign(input: { name: "Fifty", countryCode: "EE", startsOn: "2026-01-01" }) { campaign { id } } }`,
          {},
          admin,
        )
      ).body,
    ).createCampaign.campaign;
    for (let i = 0; i < 50; i++) {
      const story = await given.story({ countryCode: 'EE', title: `Story ${i}` });
      await publication(story, { campaignId: campaign.id, views: i });
    }
    const PAGE = `{ publications(countryCode: "EE", first: 50) {
      nodes { id story { id title storytellerName } campaign { id name reach { publications views } } }
    } }`;
    subgraph.statements.length = 0;
    const data = expectNoGraphQLErrors((await subgraph.gql(PAGE, {}, admin)).body, PAGE);
    expect(data.publications.nodes).toHaveLength(50);
    expect(data.publications.nodes.every((n: any) => n.story && n.campaign.reach.publications === 50)).toBe(true);
    expect(data.publications.nodes[0].campaign.reach.views).toBe((49 * 50) / 2);
    // count + page, stories, their consent (storytellerName), campaigns, reach: one each, whatever the page size.
    expect(selectsAmong(subgraph.statements).length).toBeLessThanOrEqual(7);
  });
});

describe('the takedown list', () => {
  it('lists publications whose consent was withdrawn, expired or no longer covers the channel, and not the covered or taken-down ones', async () => {
    const covered = await publication(await given.story({ countryCode: 'SI' }));
    const withdrawnStory = await given.story({ countryCode: 'SI' });
    const withdrawn = await publication(withdrawnStory);
    await subgraph.dataSource.query(`UPDATE consent SET withdrawn_at = now() WHERE story_id = $1`, [withdrawnStory.id]);
    const expiredStory = await given.story({ countryCode: 'SI' });
    const expired = await publication(expiredStory);
    await subgraph.dataSource.query(
      `UPDATE consent SET given_at = now() - interval '30 days', expires_at = now() - interval '1 minute' WHERE story_id = $1`,
      [expiredStory.id],
    );
    const narrowedStory = await given.story(
      { countryCode: 'SI' },
      { channels: [ConsentChannel.WEBSITE, ConsentChannel.FLICKR] },
    );
    const narrowed = await publication(narrowedStory, { channel: 'FLICKR' });
    const stillOnWebsite = await publication(narrowedStory, { channel: 'WEBSITE' });
    await given.consent(narrowedStory, { channels: [ConsentChannel.WEBSITE] });
    const takenDownStory = await given.story({ countryCode: 'SI' });
    const takenDown = await publication(takenDownStory);
    await subgraph.dataSource.query(`UPDATE consent SET withdrawn_at = now() WHERE story_id = $1`, [takenDownStory.id]);
    await subgraph.gql(TAKE_DOWN, { input: { publicationId: takenDown.id } }, admin);

    const listed = await toTakeDown(admin, 'SI');
    expect(new Set(listed)).toEqual(new Set([withdrawn.id, expired.id, narrowed.id]));
    expect(listed).not.toContain(covered.id);
    expect(listed).not.toContain(stillOnWebsite.id);
    expect(listed).not.toContain(takenDown.id);
  });

  it('keeps the publications of an erased story, with their country, on the takedown list', async () => {
    const story = await given.story({ countryCode: 'LV' });
    const saved = await publication(story);
    await subgraph.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM consent WHERE story_id = $1`, [story.id]);
      await tx.query(`DELETE FROM story WHERE id = $1`, [story.id]);
    });
    const data = expectNoGraphQLErrors((await subgraph.gql(TO_TAKE_DOWN, { countryCode: 'LV' }, admin)).body);
    expect(data.publicationsToTakeDown.nodes).toEqual([
      { id: saved.id, storyId: story.id, channel: 'WEBSITE', story: null },
    ]);
  });

  it('an erasure answers with the publications to take down', async () => {
    const story = await given.story({ countryCode: 'IT' });
    const saved = await publication(story);
    const ERASE = `mutation E($input: EraseStoryInput!) {
      eraseStory(input: $input) { tombstone { storyId } publicationsToTakeDown { id storyId story { id } } }
    }`;
    const body = (
      await subgraph.gql(ERASE, { input: { storyId: story.id, reason: 'Asked by the storyteller.' } }, admin)
    ).body;
    expect(expectNoGraphQLErrors(body, ERASE).eraseStory.publicationsToTakeDown).toEqual([
      { id: saved.id, storyId: story.id, story: null },
    ]);
  });

  it('is shown to the staff who take publications down, and to nobody else', async () => {
    const story = await given.story({ countryCode: 'IT' });
    const saved = await publication(story);
    await subgraph.dataSource.query(`UPDATE consent SET withdrawn_at = now() WHERE story_id = $1`, [story.id]);
    const sees = async (viewer: Viewer) => (await toTakeDown(viewer)).includes(saved.id);
    expect(await sees(admin)).toBe(true);
    expect(await sees(CALLERS.coordinator)).toBe(true);
    expect(await sees(CALLERS.member)).toBe(true);
    expect(await sees(CALLERS.readToken)).toBe(true);
    expect(await sees(CALLERS.otherCoordinator)).toBe(false);
    expect(await sees(CALLERS.otherMember)).toBe(false);
    expect(await sees(CALLERS.viewer)).toBe(false);
    expect(await sees(CALLERS.juror)).toBe(false);
    expect(await sees(CALLERS.anonymous)).toBe(false);
  });

  it('a staff withdrawal answers with the publications to take down', async () => {
    const story = await given.story({}, { channels: [ConsentChannel.WEBSITE, ConsentChannel.TWITTER] });
    const web = await publication(story, { channel: 'WEBSITE' });
    const tweet = await publication(story, { channel: 'TWITTER', url: 'https://x.com/best/status/1' });
    const WITHDRAW = `mutation W($input: WithdrawConsentInput!) {
      withdrawConsent(input: $input) { storyId publicationsToTakeDown { id channel url } }
    }`;
    const body = (
      await subgraph.gql(WITHDRAW, { input: { storyId: story.id, reason: 'The storyteller asked.' } }, coordinator)
    ).body;
    const payload = expectNoGraphQLErrors(body, WITHDRAW).withdrawConsent;
    expect(new Set(payload.publicationsToTakeDown.map((p: { id: string }) => p.id))).toEqual(
      new Set([web.id, tweet.id]),
    );
    expect(await subgraph.dataSource.getRepository(Consent).countBy({ storyId: story.id })).toBe(1);
  });
});
