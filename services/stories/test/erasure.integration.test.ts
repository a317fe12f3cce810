import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { ConsentScope } from '../src/consents/consent.enums';
import { DiskMediaStorage } from '../src/media/disk-storage';
import { newStorageKey, type MediaStorage } from '../src/media/media-storage';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { matrix } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';
import { NOWHERE, whereSeen } from './where-seen';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;
let mediaDir: string;
let storage: MediaStorage;

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'best-erasure-'));
  storage = new DiskMediaStorage(mediaDir);
  subgraph = await startSubgraph(storiesSubgraph, { server: { media: { storage } } });
  given = seed(subgraph);
});
afterAll(async () => {
  await subgraph?.stop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const coordinator = viewers.coordinator('IT');
const admin = viewers.admin();

const ERASE = `mutation($input: EraseStoryInput!) {
  eraseStory(input: $input) {
    tombstone { storyId countryCode recordedAt publishedAt consentWithdrawnAt erasedAt erasedBy reason }
  } }`;
const erase = (
  storyId: string,
  viewer: Viewer = coordinator,
  reason = 'The storyteller asked for erasure (GDPR art. 17).',
) => subgraph.gql(ERASE, { input: { storyId, reason } }, viewer);

const TOMBSTONES = `query($countryCode: ID, $first: Int, $after: String) {
  storyTombstones(countryCode: $countryCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { storyId countryCode erasedBy } } }`;

// Unique to this file's first story, so that finding them anywhere after erasure means a leak.
const TAG = Math.random().toString(36).slice(2, 10);
const DISPLAY_NAME = `Silver Heron ${TAG}`;
const TITLE = `A very particular title ${TAG}`;
const EVIDENCE = `consent-forms/it/erasure-${TAG}.pdf`;
const TRANSLATED_TEXT = `Texte ${TAG}`;
const ALT_TEXT = `A portrait ${TAG}`;

/**
 * A story with everything that can hold personal data: two consents (with codes), a translation, a
 * status history, a photo with its stored file, a publication, and audit lines of who read it.
 */
async function aStoryWithEverything(): Promise<{ story: Story; storageKey: string; code: string }> {
  const story = await given.story(
    { displayName: DISPLAY_NAME, title: TITLE, status: StoryStatus.DRAFT },
    { scope: ConsentScope.NETWORK, evidenceReference: EVIDENCE },
  );
  const { withdrawalCode: code } = await given.consents.recordWithCode(
    story.id,
    given.aConsent(story, { scope: ConsentScope.PUBLIC, evidenceReference: EVIDENCE }),
  );
  await subgraph.dataSource.query(
    `INSERT INTO story_translation (story_id, language, title, summary, text) VALUES ($1, 'fr', $2, '', $3)`,
    [story.id, `${TITLE} (fr)`, TRANSLATED_TEXT],
  );
  await subgraph.dataSource.query(
    `INSERT INTO story_status_change (story_id, from_status, to_status, changed_by, changed_by_id, reason)
     VALUES ($1, 'DRAFT', 'IN_REVIEW', 'Test Member', 'a0000000-0000-4000-8000-000000000003', 'Ready')`,
    [story.id],
  );
  const storageKey = newStorageKey();
  const file = join(mediaDir, `upload-${storageKey}`);
  await writeFile(file, 'not really a photo');
  await storage.put(storageKey, file, 'image/jpeg');
  await subgraph.dataSource.query(
    `INSERT INTO story_media (story_id, kind, content_type, byte_size, caption, alt_text, shows_storyteller, storage_key, created_by)
     VALUES ($1, 'PHOTO', 'image/jpeg', 18, $2, $4, true, $3, 'Test Member')`,
    [story.id, `${DISPLAY_NAME} at the market`, storageKey, ALT_TEXT],
  );
  await subgraph.dataSource.query(
    `INSERT INTO publication (story_id, country_code, channel, published_at, recorded_by)
     VALUES ($1, 'IT', 'WEBSITE', now(), 'Test Coordinator IT')`,
    [story.id],
  );
  // An admin reading it with its evidence leaves an audit line naming the story (by id).
  expectNoGraphQLErrors(
    (
      await subgraph.gql(
        `query($id: ID!) { story(id: $id) { title consent { evidenceReference } } }`,
        { id: story.id },
        admin,
      )
    ).body,
  );
  return { story, storageKey, code };
}

/** Every column of every table in the stories database that holds `needle` (as text), by table.column. */
async function whereFound(needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await subgraph.dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type NOT IN ('tsvector')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE '%' || $1 || '%'`,
      [needle],
    );
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found.sort();
}

describe('eraseStory', () => {
  it('deletes every personal datum for good and keeps only the tombstone, the publication and audit ids', async () => {
    const { story, storageKey } = await aStoryWithEverything();
    expect(await storage.get(storageKey)).not.toBeNull();
    expect(await whereFound(DISPLAY_NAME)).toEqual(['story.display_name', 'story_media.caption']);
    expect(await whereFound(story.id)).toEqual(
      expect.arrayContaining([
        'consent.story_id',
        'consent_withdrawal_code.story_id',
        'story.id',
        'story_media.story_id',
        'story_status_change.story_id',
        'story_translation.story_id',
      ]),
    );

    const { body } = await erase(story.id);
    const { tombstone } = expectNoGraphQLErrors(body, ERASE).eraseStory;
    expect(tombstone).toMatchObject({
      storyId: story.id,
      countryCode: 'IT',
      recordedAt: story.createdAt.toISOString(),
      publishedAt: null,
      consentWithdrawnAt: null,
      erasedBy: 'Test Coordinator IT',
      reason: 'The storyteller asked for erasure (GDPR art. 17).',
    });

    expect(await whereFound(story.id)).toEqual([
      'audit_event.subject_id',
      'publication.story_id',
      'story_tombstone.story_id',
    ]);
    for (const personal of [DISPLAY_NAME, TITLE, EVIDENCE, TRANSLATED_TEXT, ALT_TEXT]) {
      expect([personal, await whereFound(personal)]).toEqual([personal, []]);
    }
    // The stored file is gone too, not only its row.
    expect(await storage.get(storageKey)).toBeNull();
    expect(await whereSeen(subgraph, story, admin)).toEqual(NOWHERE);
  });

  it('audits the erasure with ids and counts only', async () => {
    const { story } = await aStoryWithEverything();
    expectNoGraphQLErrors((await erase(story.id, admin)).body);
    const [event] = await subgraph.dataSource.query(
      `SELECT actor_kind, actor_id, subject_type, details FROM audit_event WHERE action = 'STORY_ERASED' AND subject_id = $1`,
      [story.id],
    );
    expect(event).toEqual({ actor_kind: 'USER', actor_id: admin.id, subject_type: 'Story', details: { consents: 2 } });
  });

  it('erases a withdrawn story (hidden from every read) and keeps when its consent was withdrawn', async () => {
    const story = await given.story();
    const withdrawal = expectNoGraphQLErrors(
      (
        await subgraph.gql(
          `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { withdrawnAt } }`,
          { input: { storyId: story.id, reason: 'Asked to' } },
          coordinator,
        )
      ).body,
    ).withdrawConsent;
    const { tombstone } = expectNoGraphQLErrors((await erase(story.id)).body, ERASE).eraseStory;
    expect(tombstone.consentWithdrawnAt).toBe(withdrawal.withdrawnAt);
    expect(tombstone.publishedAt).toBe(story.publishedAt?.toISOString());
  });

  it("after erasure the storyteller's code is no longer recognised: there is nothing left to withdraw", async () => {
    const { story, code } = await aStoryWithEverything();
    expectNoGraphQLErrors((await erase(story.id)).body);
    const { body } = await subgraph.gql(
      `mutation($input: WithdrawConsentWithCodeInput!) { withdrawConsentWithCode(input: $input) { withdrawnAt } }`,
      { input: { code } },
    );
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('erasing it again answers the same tombstone; an unknown story is NOT_FOUND', async () => {
    const story = await given.story();
    const first = expectNoGraphQLErrors((await erase(story.id)).body).eraseStory.tombstone;
    const again = expectNoGraphQLErrors((await erase(story.id, admin)).body).eraseStory.tombstone;
    expect(again).toEqual(first);
    const unknown = await erase('00000000-0000-4000-8000-000000000000', admin);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A coordinator of another country does not learn of the tombstone either.
    const elsewhere = await erase(story.id, viewers.coordinator('FR'));
    expect(elsewhere.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a blank or overlong reason, or a story id that is not a UUID, with BAD_USER_INPUT', async () => {
    const story = await given.story();
    for (const [storyId, reason] of [
      [story.id, '  '],
      [story.id, 'x'.repeat(1001)],
      ['story-1', 'Asked to'],
    ]) {
      const { body } = await subgraph.gql(ERASE, { input: { storyId, reason } }, admin);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await whereFound(story.id)).toContain('story.id');
  });

  type Outcome = 'ERASED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
  const ON_A_PUBLIC_STORY: Parameters<typeof matrix<Outcome>>[0] = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'ERASED',
    coordinator: 'ERASED',
    otherCoordinator: 'FORBIDDEN',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };
  it.each(matrix(ON_A_PUBLIC_STORY))('$caller erasing a public story: $expected', async (row) => {
    const story = await given.story();
    const { body } = await erase(story.id, row.viewer);
    const [{ stories }] = await subgraph.dataSource.query('SELECT count(*)::int AS stories FROM story WHERE id = $1', [
      story.id,
    ]);
    if (row.expected === 'ERASED') {
      expect(body.errors).toBeUndefined();
      expect(stories).toBe(0);
    } else {
      expect(body.errors?.[0].extensions?.code).toBe(row.expected);
      expect(stories).toBe(1);
    }
  });

  it('the coordinator of another country gets NOT_FOUND for a story they cannot see', async () => {
    const story = await given.story({}, { scope: ConsentScope.INTERNAL });
    const { body } = await erase(story.id, viewers.coordinator('FR'));
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('storyTombstones', () => {
  beforeAll(async () => {
    for (const countryCode of ['PT', 'PT', 'HR']) {
      const story = await given.story({ countryCode });
      expectNoGraphQLErrors((await erase(story.id, admin)).body);
    }
  });

  const list = async (viewer: Viewer, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors((await subgraph.gql(TOMBSTONES, { first: 100, ...variables }, viewer)).body, TOMBSTONES)
      .storyTombstones;

  it('an admin sees every country, newest first, and may ask for one', async () => {
    const all = await list(admin);
    expect(all.nodes.map((t: any) => t.countryCode)).toEqual(expect.arrayContaining(['PT', 'HR', 'IT']));
    const portugal = await list(admin, { countryCode: 'pt' });
    expect(portugal.totalCount).toBe(2);
    expect(portugal.nodes.every((t: any) => t.countryCode === 'PT' && t.erasedBy === 'Test Admin')).toBe(true);
  });

  it('pages with a cursor without repeats', async () => {
    const first = await list(admin, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await list(admin, { first: 100, after: first.pageInfo.endCursor });
    const ids = [...first.nodes, ...next.nodes].map((t: any) => t.storyId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(first.totalCount);
  });

  it("a national coordinator sees their country's tombstones only, even when asking for another", async () => {
    const own = await list(viewers.coordinator('PT'));
    expect(own.totalCount).toBe(2);
    expect(own.nodes.every((t: any) => t.countryCode === 'PT')).toBe(true);
    expect((await list(viewers.coordinator('PT'), { countryCode: 'HR' })).totalCount).toBe(0);
  });

  it.each<[string, Viewer]>([
    ['the public', viewers.anonymous()],
    ['a member', viewers.member('0d000000-0000-4000-8000-0000000000a1', 'PT')],
    ['a token', viewers.token('0d000000-0000-4000-8000-0000000000a1', 'PT', ['READ', 'WRITE'])],
    ['a read-only viewer', viewers.viewer()],
  ])('%s gets an empty list', async (_, viewer) => {
    expect(await list(viewer)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('refuses a country code that is not one with BAD_USER_INPUT', async () => {
    const { body } = await subgraph.gql(TOMBSTONES, { countryCode: 'Italy' }, admin);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
