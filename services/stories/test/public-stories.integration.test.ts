import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { ConsentScope } from '../src/consents/consent.enums';
import { StoryKind, StoryStatus, StoryTheme } from '../src/stories/story.enums';
import { CALLERS } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';

/**
 * publicStories: what the public sees, the same for every caller — PUBLISHED stories with a current
 * PUBLIC consent, newest first, decided again on every request.
 */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const DAY = 24 * 60 * 60 * 1000;

const PUBLIC = `query Public($countryCode: ID, $theme: StoryTheme, $kind: StoryKind, $first: Int, $after: String, $language: String) {
  publicStories(countryCode: $countryCode, theme: $theme, kind: $kind, first: $first, after: $after, language: $language) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title }
  }
}`;

async function publicStories(variables: Record<string, unknown>, viewer?: Viewer) {
  const body = (await subgraph.gql(PUBLIC, variables, viewer)).body;
  const data = expectNoGraphQLErrors(body, PUBLIC).publicStories;
  return { ...data, ids: data.nodes.map((n: { id: string }) => n.id) as string[] };
}

describe('publicStories', () => {
  it('gives only published stories with a current public consent, and the same answer to every caller', async () => {
    const published = await given.story({ countryCode: 'MT' });
    await given.story({ countryCode: 'MT' }, { scope: ConsentScope.NETWORK });
    await given.story({ countryCode: 'MT' }, { scope: ConsentScope.INTERNAL });
    await given.story({ countryCode: 'MT', status: StoryStatus.APPROVED });
    await given.story({ countryCode: 'MT', status: StoryStatus.DRAFT }, null);
    const expired = await given.story({ countryCode: 'MT' });
    await subgraph.dataSource.query(
      `UPDATE consent SET given_at = now() - interval '30 days', expires_at = now() - interval '1 minute' WHERE story_id = $1`,
      [expired.id],
    );
    for (const viewer of Object.values(CALLERS)) {
      const page = await publicStories({ countryCode: 'MT' }, viewer);
      expect(page.ids).toEqual([published.id]);
      expect(page.totalCount).toBe(1);
    }
  });

  it('drops a story from the very next request after its consent is withdrawn', async () => {
    const story = await given.story({ countryCode: 'IE' });
    expect((await publicStories({ countryCode: 'IE' })).ids).toEqual([story.id]);
    const WITHDRAW = `mutation W($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`;
    expectNoGraphQLErrors(
      (await subgraph.gql(WITHDRAW, { input: { storyId: story.id, reason: 'Asked by phone.' } }, viewers.admin())).body,
    );
    expect((await publicStories({ countryCode: 'IE' })).ids).toEqual([]);
    expect((await publicStories({ countryCode: 'IE' }, viewers.admin())).ids).toEqual([]);
  });

  it('lists newest first and pages by cursor without gaps or repeats', async () => {
    const now = Date.now();
    const stories = [];
    for (let i = 0; i < 5; i++) {
      stories.push(await given.story({ countryCode: 'EE', title: `Story ${i}`, publishedAt: new Date(now - i * DAY) }));
    }
    const first = await publicStories({ countryCode: 'EE', first: 2 });
    expect(first.ids).toEqual([stories[0].id, stories[1].id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await publicStories({ countryCode: 'EE', first: 2, after: first.pageInfo.endCursor });
    expect(second.ids).toEqual([stories[2].id, stories[3].id]);
    const third = await publicStories({ countryCode: 'EE', first: 2, after: second.pageInfo.endCursor });
    expect(third.ids).toEqual([stories[4].id]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(5);
  });

  it('filters by country, theme and kind', async () => {
    const safety = await given.story({ countryCode: 'CZ', themes: [StoryTheme.SAFETY], kind: StoryKind.MESSAGE });
    const housing = await given.story({ countryCode: 'CZ', themes: [StoryTheme.HOUSING], kind: StoryKind.TESTIMONY });
    expect((await publicStories({ countryCode: 'cz', theme: 'SAFETY' })).ids).toEqual([safety.id]);
    expect((await publicStories({ countryCode: 'CZ', kind: 'TESTIMONY' })).ids).toEqual([housing.id]);
    expect(new Set((await publicStories({ countryCode: 'CZ' })).ids)).toEqual(new Set([safety.id, housing.id]));
  });

  it('refuses a language or country that is not a code, and a page over 100, with BAD_USER_INPUT', async () => {
    for (const variables of [{ language: 'French' }, { countryCode: 'France' }, { first: 101 }]) {
      expect(codeOf(await subgraph.gql(PUBLIC, variables))).toBe('BAD_USER_INPUT');
    }
  });

  it('gives the text in the requested language when a translation exists, else the original', async () => {
    const translated = await given.story({ countryCode: 'LT', title: 'Football on Sunday', language: 'en' });
    const original = await given.story({ countryCode: 'LT', title: 'Only in English', language: 'en' });
    const SAVE = `mutation S($input: SaveStoryTranslationInput!) { saveStoryTranslation(input: $input) { translation { id } } }`;
    expectNoGraphQLErrors(
      (
        await subgraph.gql(
          SAVE,
          {
            input: {
              storyId: translated.id,
              language: 'fr',
              title: 'Le football du dimanche',
              summary: 'Un voisin au football du dimanche.',
              text: 'Chaque dimanche nous jouons au football dans le parc.',
            },
          },
          viewers.admin(),
        )
      ).body,
      SAVE,
    );
    const LOCALIZED = `query L($language: String!) {
      publicStories(countryCode: "LT", language: $language) { nodes { id localized(language: $language) { language title isTranslation } } }
    }`;
    const data = expectNoGraphQLErrors((await subgraph.gql(LOCALIZED, { language: 'fr' })).body, LOCALIZED);
    const byId = new Map(data.publicStories.nodes.map((n: any) => [n.id, n.localized]));
    expect(byId.get(translated.id)).toEqual({ language: 'fr', title: 'Le football du dimanche', isTranslation: true });
    expect(byId.get(original.id)).toEqual({ language: 'en', title: 'Only in English', isTranslation: false });
  });
});
