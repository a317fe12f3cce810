import { randomUUID } from 'node:crypto';
import { demoId } from '@best/demo';
import { AuditEvent, type Viewer } from '@best/kit';
import { codeOf, type GraphQLResponse, problemFields, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { IsNull } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import { ConsentScope } from '../src/consents/consent.enums';
import { seedStoriesDemo } from '../src/seed/demo-seed';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { CALLERS, matrix, type CallerKey } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { selectsAmong } from './sql';
import { seed } from './seed';

/** Issue 5: a story in several languages, kept by its staff, read in the caller's language, and searched. */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

type Body = GraphQLResponse;

const SAVE = `mutation($input: SaveStoryTranslationInput!) {
  saveStoryTranslation(input: $input) {
    translation { id language title summary text version updatedAt }
    story { id availableLanguages translations { language version } }
  }
}`;
const REMOVE = `mutation($input: RemoveStoryTranslationInput!) {
  removeStoryTranslation(input: $input) { story { id availableLanguages } }
}`;
const LOCALIZED = `query($id: ID!, $language: String!) {
  story(id: $id) { availableLanguages localized(language: $language) { language title summary text isTranslation } }
}`;

const french = {
  language: 'fr',
  title: 'Football du dimanche',
  summary: 'Un voisin.',
  text: 'Chaque dimanche nous jouons.',
};

async function save(story: Story, fields: Record<string, unknown> = {}, viewer: Viewer = CALLERS.admin) {
  const input = { storyId: story.id, ...french, expectedVersion: null, ...fields };
  return (await subgraph.gql(SAVE, { input }, viewer)).body as Body;
}
async function remove(story: Story, language: string, viewer: Viewer = CALLERS.admin) {
  return (await subgraph.gql(REMOVE, { input: { storyId: story.id, language } }, viewer)).body as Body;
}
async function localized(story: Story, language: string, viewer?: Viewer) {
  return (await subgraph.gql(LOCALIZED, { id: story.id, language }, viewer)).body as Body;
}

describe('saveStoryTranslation and removeStoryTranslation', () => {
  it('adds a translation at version 1, lists it after the original language, and audits it', async () => {
    const story = await given.story();
    const body = await save(story);
    expect(body.errors).toBeUndefined();
    expect(body.data!.saveStoryTranslation).toMatchObject({
      translation: { language: 'fr', title: 'Football du dimanche', summary: 'Un voisin.', version: 1 },
      story: { availableLanguages: ['en', 'fr'], translations: [{ language: 'fr', version: 1 }] },
    });
    const audit = await subgraph.dataSource
      .getRepository(AuditEvent)
      .findBy({ subjectId: story.id, action: 'STORY_TRANSLATION_SAVED' });
    expect(audit.map((e) => e.details)).toEqual([{ language: 'fr', version: 1 }]);
  });

  it('changes a translation on the version read, and refuses a stale version with CONFLICT naming both', async () => {
    const story = await given.story();
    await save(story);
    const changed = await save(story, { title: 'Le football du dimanche', expectedVersion: 1 });
    expect(changed.data!.saveStoryTranslation.translation).toMatchObject({
      title: 'Le football du dimanche',
      version: 2,
    });
    const stale = await save(story, { title: 'Trop tard', expectedVersion: 1 }, CALLERS.coordinator);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    const [row] = await subgraph.dataSource.query('SELECT title FROM story_translation WHERE story_id = $1', [
      story.id,
    ]);
    expect(row.title).toBe('Le football du dimanche');
  });

  it('refuses a second translation in the same language with CONFLICT, keeping one per language', async () => {
    const story = await given.story();
    await save(story);
    const again = await save(story, { title: 'Doublon' });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions).toMatchObject({ currentVersion: 1 });
    const rows = await subgraph.dataSource.query(
      'SELECT count(*)::int AS n FROM story_translation WHERE story_id = $1',
      [story.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('keeps one translation per story and language in the database itself', async () => {
    const story = await given.story();
    await save(story);
    await expect(
      subgraph.dataSource.query(
        `INSERT INTO story_translation (story_id, language, title, text) VALUES ($1, 'fr', 't', 'x')`,
        [story.id],
      ),
    ).rejects.toThrow(/story_translation_one_per_language/);
  });

  it('refuses a changed translation that does not exist with NOT_FOUND', async () => {
    const story = await given.story();
    expect(codeOf(await save(story, { language: 'de', expectedVersion: 3 }))).toBe('NOT_FOUND');
  });

  it('refuses the story’s own language, naming the field', async () => {
    const story = await given.story({ language: 'en' });
    const body = await save(story, { language: 'en' });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['language']);
  });

  it('refuses what is not ISO 639-1 and text that is not valid, naming each field', async () => {
    const story = await given.story();
    const body = await save(story, { language: 'french', title: '', text: 'a\u0000b', summary: 'x'.repeat(601) });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['language', 'summary', 'text', 'title']);
    expect(codeOf(await save(story, { language: 'qq' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await save(story, { language: 'FR' }))).toBe('BAD_USER_INPUT');
  });

  it('removes a translation; removing it again is NOT_FOUND', async () => {
    const story = await given.story();
    await save(story);
    await save(story, { language: 'it', title: 'Calcio', text: 'Ogni domenica.' });
    const body = await remove(story, 'fr');
    expect(body.data!.removeStoryTranslation.story.availableLanguages).toEqual(['en', 'it']);
    expect(codeOf(await remove(story, 'fr'))).toBe('NOT_FOUND');
  });

  it('refuses making the original language one the story is already translated into', async () => {
    const story = await given.story({ status: StoryStatus.DRAFT });
    await save(story);
    const { body } = await subgraph.gql(
      `mutation($input: UpdateStoryInput!) { updateStory(input: $input) { story { language } } }`,
      { input: { storyId: story.id, expectedVersion: story.version, language: 'fr' } },
      CALLERS.admin,
    );
    expect(codeOf(body as Body)).toBe('BAD_USER_INPUT');
    expect(problemFields(body as Body).sort()).toEqual(['language']);
  });

  describe('who may translate', () => {
    const ON_PUBLIC_STORY: Record<CallerKey, string> = {
      anonymous: 'UNAUTHENTICATED',
      admin: 'SAVED',
      coordinator: 'SAVED',
      otherCoordinator: 'FORBIDDEN',
      member: 'SAVED',
      otherMember: 'FORBIDDEN',
      juror: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      readToken: 'FORBIDDEN',
      writeToken: 'SAVED',
    };
    it.each(matrix(ON_PUBLIC_STORY))('a published public story: $caller → $expected', async ({ viewer, expected }) => {
      const story = await given.story();
      const body = await save(story, {}, viewer);
      if (expected === 'SAVED') expect(body.data!.saveStoryTranslation.translation.language).toBe('fr');
      else {
        expect(codeOf(body)).toBe(expected);
        const rows = await subgraph.dataSource.query('SELECT 1 FROM story_translation WHERE story_id = $1', [story.id]);
        expect(rows).toEqual([]);
      }
    });

    it.each(
      matrix({
        ...ON_PUBLIC_STORY,
        otherCoordinator: 'NOT_FOUND',
        otherMember: 'NOT_FOUND',
        juror: 'NOT_FOUND',
        viewer: 'NOT_FOUND',
      }),
    )('an INTERNAL story only its staff see: $caller → $expected', async ({ viewer, expected }) => {
      const story = await given.story({}, { scope: ConsentScope.INTERNAL });
      const body = await save(story, {}, viewer);
      if (expected === 'SAVED') expect(body.errors).toBeUndefined();
      else expect(codeOf(body)).toBe(expected);
    });

    it.each(matrix(ON_PUBLIC_STORY))('removing a translation: $caller → $expected', async ({ viewer, expected }) => {
      const story = await given.story();
      await save(story);
      const body = await remove(story, 'fr', viewer);
      if (expected === 'SAVED') expect(body.data!.removeStoryTranslation.story.availableLanguages).toEqual(['en']);
      else expect(codeOf(body)).toBe(expected);
    });
  });
});

describe('Story.localized, translations and availableLanguages', () => {
  it('gives the translation in the language asked, and the original when there is none', async () => {
    const story = await given.story();
    await save(story);
    expect((await localized(story, 'fr')).data!.story).toEqual({
      availableLanguages: ['en', 'fr'],
      localized: { language: 'fr', ...pick(french), isTranslation: true },
    });
    expect((await localized(story, 'de')).data!.story.localized).toEqual({
      language: 'en',
      title: story.title,
      summary: story.summary,
      text: story.text,
      isTranslation: false,
    });
    expect((await localized(story, 'en')).data!.story.localized.isTranslation).toBe(false);
  });

  it('refuses a language that is not ISO 639-1', async () => {
    const story = await given.story();
    expect(codeOf(await localized(story, 'klingon'))).toBe('BAD_USER_INPUT');
  });

  it('shows translations to whoever sees the story, and to nobody once its consent is withdrawn', async () => {
    const story = await given.story();
    await save(story);
    expect((await localized(story, 'fr')).data!.story.localized.isTranslation).toBe(true);
    await subgraph.dataSource
      .getRepository(Consent)
      .update({ storyId: story.id, supersededAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: 'Asked to' });
    expect((await localized(story, 'fr')).data!.story).toBeNull();
    expect((await localized(story, 'fr', CALLERS.admin)).data!.story).toBeNull();
  });

  it('loads the translations of a whole page of stories in one statement', async () => {
    const initiativeId = randomUUID();
    const stories: Story[] = [];
    for (let i = 0; i < 6; i++) stories.push(await given.story({ initiativeId }));
    for (const story of stories.slice(0, 4)) await save(story);
    await save(stories[0], { language: 'de', title: 'Fußball', text: 'Jeden Sonntag.' });

    subgraph.statements.length = 0;
    const { body } = await subgraph.gql(
      `query($initiativeId: ID!) { stories(initiativeId: $initiativeId, first: 10) { nodes {
        id availableLanguages translations { language title } localized(language: "fr") { title isTranslation }
        de: localized(language: "de") { isTranslation } } } }`,
      { initiativeId },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.stories.nodes as {
      id: string;
      availableLanguages: string[];
      localized: { isTranslation: boolean };
    }[];
    expect(nodes).toHaveLength(6);
    expect(nodes.find((n) => n.id === stories[0].id)?.availableLanguages).toEqual(['en', 'de', 'fr']);
    expect(nodes.filter((n) => n.localized.isTranslation)).toHaveLength(4);
    const translationSelects = selectsAmong(subgraph.statements).filter((sql) => /FROM "story_translation"/i.test(sql));
    expect(translationSelects).toHaveLength(1);
  });
});

describe('stories(search, status)', () => {
  const search = async (text: string, viewer?: Viewer, extra = '') => {
    const { body } = await subgraph.gql(
      `query($search: String) { stories(search: $search, first: 100${extra}) { totalCount nodes { id } } }`,
      { search: text },
      viewer,
    );
    return body as Body;
  };
  const ids = (body: Body) => (body.data!.stories.nodes as { id: string }[]).map((n) => n.id);

  it('finds a word of the title, summary or text, ignoring accents and case, also as a word’s start', async () => {
    const story = await given.story({
      title: 'Éducation populaire à Zürich',
      summary: 'Quelques familles.',
      text: 'Nous avons ouvert une école du soir.',
      language: 'fr',
    });
    for (const words of ['education', 'ÉDUCATION', 'zurich', 'famil', 'ECOLE soir', 'Ecole']) {
      expect(ids(await search(words))).toContain(story.id);
    }
    expect(ids(await search('ecole matin'))).not.toContain(story.id);
  });

  it('finds a story by the words of a translation, not only of the original', async () => {
    const story = await given.story({ title: 'Night shift', text: 'We clean offices at night.' });
    await save(story, { language: 'de', title: 'Nachtschicht', text: 'Wir putzen nachts die Büros an der Straße.' });
    expect(ids(await search('buros strasse'))).toContain(story.id);
    expect(ids(await search('Nachtschicht'))).toContain(story.id);
    await remove(story, 'de');
    expect(ids(await search('Nachtschicht'))).not.toContain(story.id);
  });

  it('finds only stories the caller may see', async () => {
    const internal = await given.story({ title: 'Quietwordalpha' }, { scope: ConsentScope.INTERNAL });
    expect(ids(await search('quietwordalpha'))).toEqual([]);
    expect(ids(await search('quietwordalpha', CALLERS.juror))).toEqual([]);
    expect(ids(await search('quietwordalpha', CALLERS.coordinator))).toEqual([internal.id]);
  });

  it('ignores punctuation and operators, and treats a search without words as no search', async () => {
    const story = await given.story({ title: 'Operatorword test' });
    expect(ids(await search("operatorword & !(x) | 'y':*"))).toEqual([]);
    expect(ids(await search("operatorword & !('test'"))).toEqual([story.id]);
    expect((await search('!!! ---')).data!.stories.totalCount).toBeGreaterThan(0);
  });

  it('refuses a search longer than 200 characters or with control characters', async () => {
    expect(codeOf(await search('x'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search('a\u0000b'))).toBe('BAD_USER_INPUT');
  });

  it('lists the review queue with status: IN_REVIEW, only what the caller may see', async () => {
    const mine = await given.story({ status: StoryStatus.IN_REVIEW, title: 'Queueword' });
    const french = await given.story({ status: StoryStatus.IN_REVIEW, title: 'Queueword', countryCode: 'FR' });
    await given.story({ status: StoryStatus.DRAFT, title: 'Queueword' });
    expect(ids(await search('queueword', CALLERS.coordinator, ', status: IN_REVIEW'))).toEqual([mine.id]);
    expect(ids(await search('queueword', CALLERS.admin, ', status: IN_REVIEW')).sort()).toEqual(
      [mine.id, french.id].sort(),
    );
    expect(ids(await search('queueword', CALLERS.anonymous, ', status: IN_REVIEW'))).toEqual([]);
  });
});

function pick(t: typeof french) {
  return { title: t.title, summary: t.summary, text: t.text };
}

describe('the demo translations and risk flags', () => {
  let demo: TestSubgraph;
  beforeAll(async () => {
    demo = await startSubgraph(storiesSubgraph, { demo: true });
  });
  afterAll(() => demo?.stop());

  const snapshot = async () => ({
    translations: await demo.dataSource.query(
      'SELECT id, story_id, language, title, version, updated_at FROM story_translation ORDER BY id',
    ),
    flags: await demo.dataSource.query(`SELECT id, risk_flags FROM story WHERE risk_flags <> '{}' ORDER BY id`),
  });

  it('give demo stories French, Italian and German translations, read through the API', async () => {
    const id = demoId('story', 'roma-host-families-first-winter');
    const { body } = await demo.gql(
      `query($id: ID!) { story(id: $id) { availableLanguages localized(language: "it") { title isTranslation } } }`,
      { id },
    );
    expect(body.data!.story).toEqual({
      availableLanguages: ['en', 'de', 'fr', 'it'],
      localized: { title: 'Il mio primo inverno aveva un tavolo di cucina', isTranslation: true },
    });
    const { body: found } = await demo.gql(`{ stories(search: "Küchentisch", first: 10) { nodes { id } } }`);
    expect(found.data!.stories.nodes).toEqual([{ id }]);
  });

  it('mark minors and two more storytellers as at risk, shown anonymously', async () => {
    const { flags } = await snapshot();
    const minors = await demo.dataSource.query('SELECT id FROM story WHERE is_minor ORDER BY id');
    expect(
      flags.filter((f: { risk_flags: string[] }) => f.risk_flags.includes('MINOR')).map((f: { id: string }) => f.id),
    ).toEqual(minors.map((m: { id: string }) => m.id));
    expect(flags.filter((f: { risk_flags: string[] }) => !f.risk_flags.includes('MINOR'))).toHaveLength(2);
    const koeln = demoId('story', 'koeln-bike-workshop-apprentice');
    const { body } = await demo.gql(`query($id: ID!) { story(id: $id) { storytellerName } }`, { id: koeln });
    expect(body.data!.story.storytellerName).toBe('Anonymous');
  });

  it('seeding again changes nothing', async () => {
    const before = await snapshot();
    await seedStoriesDemo(demo.dataSource);
    expect(await snapshot()).toEqual(before);
  });
});
