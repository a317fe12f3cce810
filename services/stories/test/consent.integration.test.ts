import { Consent } from '../src/consents/consent.entity';
import { ConsentGiver, ConsentScope } from '../src/consents/consent.enums';
import { Story } from '../src/stories/story.entity';
import { startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { storiesSubgraph } from '../src/subgraph';
import { seed } from './seed';

let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const DAY = 24 * 60 * 60 * 1000;
const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe("a minor's story", () => {
  it('takes consent from a guardian', async () => {
    const story = await given.story({ isMinor: true }, null);
    const consent = await given.consent(story, { givenBy: ConsentGiver.GUARDIAN });
    expect(consent).toMatchObject({ givenBy: 'GUARDIAN', forMinor: true, supersededAt: null });
  });

  it('refuses consent given by the storyteller, with BAD_USER_INPUT naming givenBy', async () => {
    const story = await given.story({ isMinor: true }, null);
    const refusal = await given.consent(story, { givenBy: ConsentGiver.STORYTELLER }).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
    expect((refusal as { extensions: { problems: { field: string }[] } }).extensions.problems[0].field).toBe('givenBy');
    expect(await given.consents.current(story.id)).toBeNull();
  });

  it('is guarded by the database too: a storyteller consent written past the service is refused', async () => {
    const story = await given.story({ isMinor: true }, null);
    const row = { ...given.aConsent(story, { givenBy: ConsentGiver.STORYTELLER }), storyId: story.id, forMinor: true };
    await expect(subgraph.dataSource.getRepository(Consent).insert(row)).rejects.toThrow(
      /consent_minor_needs_guardian/,
    );
    // Lying about the story's age in the copy does not help either: the foreign key checks it.
    await expect(subgraph.dataSource.getRepository(Consent).insert({ ...row, forMinor: false })).rejects.toThrow(
      /consent_story_fk/,
    );
  });

  it("a story cannot become a minor's while its current consent came from the storyteller, but can after a guardian's consent", async () => {
    const story = await given.story({ isMinor: false });
    const stories = subgraph.dataSource.getRepository(Story);
    await expect(stories.update(story.id, { isMinor: true })).rejects.toThrow(/consent_minor_needs_guardian/);

    await given.consent(story, { givenBy: ConsentGiver.GUARDIAN });
    await stories.update(story.id, { isMinor: true });
    const history = await subgraph.dataSource
      .getRepository(Consent)
      .find({ where: { storyId: story.id }, order: { recordedAt: 'ASC' } });
    expect(history.map((c) => [c.givenBy, c.forMinor, c.supersededAt === null])).toEqual([
      ['STORYTELLER', true, false],
      ['GUARDIAN', true, true],
    ]);
  });
});

describe('consent history', () => {
  it('a new consent becomes the current one and the previous one stays as history', async () => {
    const story = await given.story({}, { scope: ConsentScope.INTERNAL });
    await given.consent(story, { scope: ConsentScope.NETWORK });
    await given.consent(story, { scope: ConsentScope.PUBLIC });
    const rows = await subgraph.dataSource
      .getRepository(Consent)
      .find({ where: { storyId: story.id }, order: { recordedAt: 'ASC' } });
    expect(rows.map((c) => c.scope)).toEqual(['INTERNAL', 'NETWORK', 'PUBLIC']);
    expect(rows.map((c) => c.supersededAt === null)).toEqual([false, false, true]);
    expect((await given.consents.current(story.id))?.scope).toBe('PUBLIC');
  });

  it('the database keeps one current consent per story', async () => {
    const story = await given.story();
    const second = { ...given.aConsent(story), storyId: story.id, forMinor: false };
    await expect(subgraph.dataSource.getRepository(Consent).insert(second)).rejects.toThrow(
      /consent_current_per_story/,
    );
  });

  it('refuses a consent that expires before it was given, and accepts one that expires after', async () => {
    const story = await given.story({}, null);
    const givenAt = new Date(Date.now() - 10 * DAY);
    const refusal = await given
      .consent(story, { givenAt, expiresAt: new Date(givenAt.getTime() - DAY) })
      .catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
    const accepted = await given.consent(story, { givenAt, expiresAt: new Date(givenAt.getTime() + 365 * DAY) });
    expect(accepted.expiresAt?.getTime()).toBe(givenAt.getTime() + 365 * DAY);
  });

  it('refuses a consent without evidence of where the form is kept', async () => {
    const story = await given.story({}, null);
    const refusal = await given.consent(story, { evidenceReference: '  ' }).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
  });

  it('refuses consent for a story that does not exist with NOT_FOUND', async () => {
    const refusal = await given.consents
      .record('00000000-0000-4000-8000-000000000000', given.aConsent({ isMinor: false } as Story))
      .catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe('NOT_FOUND');
  });
});

describe('recording a story', () => {
  it('refuses a language that is not an ISO 639-1 code, and accepts one that is', async () => {
    const refusal = await given.story({ language: 'English' }, null).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
    expect((await given.story({ language: 'mt' }, null)).language).toBe('mt');
  });

  it('gives a story recorded as PUBLISHED a publication date', async () => {
    const story = await given.story({ publishedAt: undefined });
    expect(story.publishedAt).toBeInstanceOf(Date);
  });
});
