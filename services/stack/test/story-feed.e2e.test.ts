import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expectNoGraphQLErrors, type GraphQLResponse } from '@best/kit/testing';
import { gatewayClient, startStack, type Stack } from '../src';

/**
 * The public story feeds through the real gateway over HTTP: only published stories with a public
 * consent, in the requested language when a translation exists, and gone from the very next fetch
 * once the consent is withdrawn or the story erased.
 */
let stack: Stack;
let base: string;
let admin: string;
beforeAll(async () => {
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
  admin = await signIn('admin@best.example');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const parser = new XMLParser({ ignoreAttributes: false });

/** A GraphQL request through the gateway, anonymous unless a session cookie is given; its data. */
async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  return expectNoGraphQLErrors((await gatewayClient(stack.gatewayUrl).gql(query, variables, cookie)).body, query);
}
const signIn = (email: string) => gatewayClient(stack.gatewayUrl).signIn(email);

interface FeedItem {
  id: string;
  title: string;
  link: string;
}

/** Fetches a feed and reads its items, after checking it is well-formed XML. */
async function feed(format: 'rss' | 'atom', query = ''): Promise<{ items: FeedItem[]; response: Response }> {
  const response = await fetch(`${base}/feeds/stories.${format}${query}`);
  const xml = await response.text();
  expect(response.status).toBe(200);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml);
  // Titles are HTML (escaped) in both formats, as feed readers read them.
  const text = (value: unknown) =>
    String(typeof value === 'object' && value ? (value as any)['#text'] : value)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  if (format === 'rss') {
    const items = [parsed.rss.channel.item ?? []].flat();
    return {
      response,
      items: items.map((i: any) => ({ id: text(i.guid), title: text(i.title), link: i.link })),
    };
  }
  const entries = [parsed.feed.entry ?? []].flat();
  return {
    response,
    items: entries.map((e: any) => ({ id: e.id, title: text(e.title), link: e.link['@_href'] })),
  };
}

const storyIdOf = (item: FeedItem) => /^urn:uuid:(.+)$/.exec(item.id)?.[1];
const idsIn = (items: FeedItem[]) => items.map(storyIdOf);

const PUBLIC_STORIES = `query Public($countryCode: ID) {
  publicStories(countryCode: $countryCode, first: 100) { nodes { id title availableLanguages } }
}`;
const publicStories = async (countryCode?: string) =>
  (await gql(PUBLIC_STORIES, { countryCode })).publicStories.nodes as {
    id: string;
    title: string;
    availableLanguages: string[];
  }[];

describe('the public story feeds', () => {
  it('carry the published public stories in RSS and Atom, linked to their public page, never cached', async () => {
    const stories = await publicStories();
    expect(stories.length).toBeGreaterThan(3);
    const newest = stories[0];
    for (const format of ['rss', 'atom'] as const) {
      const { items, response } = await feed(format);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toBe(
        format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      );
      expect(idsIn(items)).toEqual(stories.map((s) => s.id).slice(0, 50));
      expect(items[0]).toMatchObject({ title: newest.title, link: `http://localhost:5173/stories/${newest.id}` });
    }
  });

  it('never carry NETWORK-scope, internal or unpublished stories', async () => {
    const STAFF_VIEW = `{ stories(first: 100) { nodes { id status consent { scope } } } }`;
    const all = (await gql(STAFF_VIEW, {}, admin)).stories.nodes as {
      id: string;
      status: string;
      consent: { scope: string } | null;
    }[];
    const hidden = all.filter((s) => s.status !== 'PUBLISHED' || s.consent?.scope !== 'PUBLIC').map((s) => s.id);
    expect(all.some((s) => s.consent?.scope === 'NETWORK')).toBe(true);
    expect(all.some((s) => s.status !== 'PUBLISHED')).toBe(true);
    for (const format of ['rss', 'atom'] as const) {
      const ids = idsIn((await feed(format)).items);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of hidden) expect(ids).not.toContain(id);
    }
  });

  it('give the text in French when a French translation exists, and the original otherwise', async () => {
    // Stories not (yet) readable in French: one gets a translation, the other stays as told.
    const stories = (await publicStories('IT')).filter((s) => !s.availableLanguages.includes('fr'));
    expect(stories.length).toBeGreaterThan(1);
    const [translated, untranslated] = stories;
    const SAVE = `mutation Save($input: SaveStoryTranslationInput!) { saveStoryTranslation(input: $input) { translation { id } } }`;
    await gql(
      SAVE,
      {
        input: {
          storyId: translated.id,
          language: 'fr',
          title: 'Une clé dès le premier soir (test)',
          summary: 'Une histoire traduite pour le test du flux.',
          text: 'Le texte traduit en français, pour le flux.',
        },
      },
      admin,
    );
    for (const format of ['rss', 'atom'] as const) {
      const { items } = await feed(format, '?language=fr&country=IT');
      const byId = new Map(items.map((i) => [storyIdOf(i), i]));
      expect(byId.get(translated.id)).toMatchObject({
        title: 'Une clé dès le premier soir (test)',
        link: `http://localhost:5173/stories/${translated.id}?language=fr`,
      });
      expect(byId.get(untranslated.id)?.title).toBe(untranslated.title);
      const original = new Map((await feed(format, '?country=IT')).items.map((i) => [storyIdOf(i), i]));
      expect(original.get(translated.id)?.title).toBe(translated.title);
    }
  });

  it('drop a story from the very next fetch, and from publicStories, once staff withdraw its consent', async () => {
    const [story] = await publicStories('FR');
    expect(idsIn((await feed('rss', '?country=FR')).items)).toContain(story.id);
    const WITHDRAW = `mutation W($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId withdrawnAt } }`;
    await gql(WITHDRAW, { input: { storyId: story.id, reason: 'The storyteller asked by phone.' } }, admin);
    expect(idsIn((await feed('rss', '?country=FR')).items)).not.toContain(story.id);
    expect(idsIn((await feed('atom', '?country=FR')).items)).not.toContain(story.id);
    expect((await publicStories('FR')).map((s) => s.id)).not.toContain(story.id);
  });

  it('drop a story from the very next fetch, and from publicStories, once it is erased', async () => {
    const [story] = await publicStories('DE');
    expect(idsIn((await feed('atom', '?country=DE')).items)).toContain(story.id);
    const ERASE = `mutation E($input: EraseStoryInput!) { eraseStory(input: $input) { tombstone { storyId } } }`;
    await gql(ERASE, { input: { storyId: story.id, reason: 'Erasure asked by the storyteller.' } }, admin);
    expect(idsIn((await feed('atom', '?country=DE')).items)).not.toContain(story.id);
    expect(idsIn((await feed('rss', '?country=DE')).items)).not.toContain(story.id);
    expect((await publicStories('DE')).map((s) => s.id)).not.toContain(story.id);
  });

  it.each([
    ['?language=French', /language/],
    ['?country=Malta', /country/],
    ['?country=MT&country=IT', /country/],
    ['?lang=fr', /Unknown parameter "lang"/],
  ])('answer %s with 400 and a JSON BAD_USER_INPUT error', async (query, message) => {
    for (const format of ['rss', 'atom']) {
      const response = await fetch(`${base}/feeds/stories.${format}${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as GraphQLResponse<unknown>;
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(message);
    }
  });
});
