import { AuditEvent, type Viewer } from '@best/kit';
import { codeOf, type GraphQLResponse, problemFields, startSubgraph, type TestSubgraph } from '@best/kit/testing';
import { IsNull } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import type { Story } from '../src/stories/story.entity';
import { StoryStatus } from '../src/stories/story.enums';
import { StoryStatusChange } from '../src/stories/story-status-change.entity';
import { CALLERS, matrix, OTHER_ORGANIZATION, type CallerKey } from './callers';
import { storiesSubgraph } from '../src/subgraph';
import { RECORDING_ORGANIZATION, seed } from './seed';
import { EVERYWHERE, NOWHERE, whereSeen } from './where-seen';

/** Issue 5: recording and editing stories, who may do it, validation and concurrent edits. */
let subgraph: TestSubgraph;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  subgraph = await startSubgraph(storiesSubgraph);
  given = seed(subgraph);
});
afterAll(() => subgraph?.stop());

const CREATE = `mutation($input: CreateStoryInput!) {
  createStory(input: $input) {
    story { id title text summary language kind storytellerRole isMinor themes status version riskFlags
      storytellerName country { code } initiative { id } }
  }
}`;
const UPDATE = `mutation($input: UpdateStoryInput!) {
  updateStory(input: $input) {
    story { id title text summary language kind status version themes isMinor riskFlags storytellerName
      statusHistory { fromStatus toStatus reason } }
  }
}`;

type Body = GraphQLResponse;

const newStory = (overrides: Record<string, unknown> = {}) => ({
  title: 'Bread on Tuesdays',
  text: 'On Tuesdays we bake bread together and share it with the street.',
  summary: 'A baker on sharing bread.',
  language: 'it',
  kind: 'TESTIMONY',
  displayName: 'Amina',
  storytellerRole: 'MIGRANT',
  themes: ['JOBS_AND_ECONOMY'],
  countryCode: 'IT',
  recordedByOrganizationId: RECORDING_ORGANIZATION,
  ...overrides,
});

async function create(viewer: Viewer, overrides: Record<string, unknown> = {}): Promise<Body> {
  return (await subgraph.gql(CREATE, { input: newStory(overrides) }, viewer)).body as Body;
}

async function versionOf(id: string): Promise<number> {
  const [row] = await subgraph.dataSource.query('SELECT version FROM story WHERE id = $1', [id]);
  return row.version as number;
}

async function update(
  story: Pick<Story, 'id'>,
  changes: Record<string, unknown>,
  viewer: Viewer = CALLERS.admin,
  version?: number,
) {
  const expectedVersion = version ?? (await versionOf(story.id));
  return (await subgraph.gql(UPDATE, { input: { storyId: story.id, expectedVersion, ...changes } }, viewer))
    .body as Body;
}

describe('createStory', () => {
  it('records a DRAFT with every field given, version 1, without consent yet', async () => {
    const initiativeId = '11111111-1111-4111-8111-111111111111';
    const body = await create(CALLERS.admin, { initiativeId, themes: ['JOBS_AND_ECONOMY', 'WELFARE'] });
    expect(body.errors).toBeUndefined();
    const story = body.data!.createStory.story;
    expect(story).toMatchObject({
      title: 'Bread on Tuesdays',
      summary: 'A baker on sharing bread.',
      language: 'it',
      kind: 'TESTIMONY',
      storytellerRole: 'MIGRANT',
      isMinor: false,
      themes: ['JOBS_AND_ECONOMY', 'WELFARE'],
      status: 'DRAFT',
      version: 1,
      riskFlags: [],
      // No consent recorded yet, so the name is not shown.
      storytellerName: 'Anonymous',
      country: { code: 'IT' },
      initiative: { id: initiativeId },
    });
    const [row] = await subgraph.dataSource.query(
      'SELECT recorded_by_organization_id, status FROM story WHERE id = $1',
      [story.id],
    );
    expect(row).toEqual({ recorded_by_organization_id: RECORDING_ORGANIZATION, status: 'DRAFT' });
    const audit = await subgraph.dataSource
      .getRepository(AuditEvent)
      .findBy({ subjectId: story.id, action: 'STORY_CREATED' });
    expect(audit).toHaveLength(1);
  });

  it.each(
    matrix<string>({
      anonymous: 'UNAUTHENTICATED',
      admin: 'CREATED',
      coordinator: 'CREATED',
      otherCoordinator: 'FORBIDDEN',
      member: 'CREATED',
      otherMember: 'FORBIDDEN',
      juror: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      readToken: 'FORBIDDEN',
      writeToken: 'CREATED',
    }),
  )('an Italian story of the recording organisation: $caller → $expected', async ({ viewer, expected }) => {
    const body = await create(viewer);
    if (expected === 'CREATED') {
      expect(body.errors).toBeUndefined();
      expect(body.data!.createStory.story).toMatchObject({ status: 'DRAFT', country: { code: 'IT' } });
    } else {
      expect(codeOf(body)).toBe(expected);
      expect(body.data?.createStory ?? null).toBeNull();
    }
  });

  it('records a member’s story for their own organisation and country when they name neither', async () => {
    const body = await create(CALLERS.member, { countryCode: null, recordedByOrganizationId: null });
    expect(body.errors).toBeUndefined();
    const [row] = await subgraph.dataSource.query(
      'SELECT country_code, recorded_by_organization_id FROM story WHERE id = $1',
      [body.data!.createStory.story.id],
    );
    expect(row).toEqual({ country_code: 'IT', recorded_by_organization_id: RECORDING_ORGANIZATION });
  });

  it('refuses a member recording for another country, and a coordinator for another country', async () => {
    expect(codeOf(await create(CALLERS.member, { countryCode: 'FR', recordedByOrganizationId: null }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await create(CALLERS.coordinator, { countryCode: 'FR' }))).toBe('FORBIDDEN');
    const own = await create(CALLERS.otherCoordinator, {
      countryCode: 'FR',
      recordedByOrganizationId: OTHER_ORGANIZATION,
    });
    expect(own.data!.createStory.story.country.code).toBe('FR');
  });

  it('asks an admin to say which country the story is from', async () => {
    const body = await create(CALLERS.admin, { countryCode: null });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['countryCode']);
  });

  it('refuses an input that is not valid with BAD_USER_INPUT naming every field, and saves nothing', async () => {
    const before = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM story');
    const body = await create(CALLERS.admin, {
      title: '   ',
      text: 'Null \u0000 byte',
      summary: 'x'.repeat(601),
      language: 'english',
      displayName: 'y'.repeat(81),
      themes: ['WELFARE', 'WELFARE'],
      initiativeId: 'not-a-uuid',
      countryCode: 'ITA',
      recordedByOrganizationId: 'nope',
      riskFlags: ['MINOR', 'MINOR'],
    });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual([
      'countryCode',
      'displayName',
      'initiativeId',
      'language',
      'recordedByOrganizationId',
      'riskFlags',
      'summary',
      'text',
      'themes',
      'title',
    ]);
    expect(await subgraph.dataSource.query('SELECT count(*)::int AS n FROM story')).toEqual(before);
  });

  it('accepts every ISO 639-1 language and refuses a two-letter code that is none', async () => {
    expect((await create(CALLERS.admin, { language: 'mt' })).errors).toBeUndefined();
    const body = await create(CALLERS.admin, { language: 'xx' });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['language']);
  });
});

describe('updateStory', () => {
  const draft = () => given.story({ status: StoryStatus.DRAFT }, null);

  it('changes the fields given, keeps the others, clears with null and bumps the version', async () => {
    const story = await given.story({ status: StoryStatus.DRAFT, displayName: 'Amina', summary: 'Short.' });
    const body = await update(story, {
      title: '  Bread on Wednesdays ',
      themes: ['WELFARE'],
      summary: null,
      displayName: null,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateStory.story).toMatchObject({
      title: 'Bread on Wednesdays',
      text: story.text,
      summary: '',
      themes: ['WELFARE'],
      status: 'DRAFT',
      version: story.version + 1,
    });
    const [row] = await subgraph.dataSource.query('SELECT display_name FROM story WHERE id = $1', [story.id]);
    expect(row.display_name).toBeNull();
    const [event] = await subgraph.dataSource
      .getRepository(AuditEvent)
      .findBy({ subjectId: story.id, action: 'STORY_UPDATED' });
    expect(event.details).toEqual({ fields: ['title', 'summary', 'displayName', 'themes'] });
  });

  it('refuses clearing a field that cannot be empty, naming it', async () => {
    const story = await draft();
    const body = await update(story, { title: null, kind: null });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['kind', 'title']);
  });

  it('refuses invalid values with BAD_USER_INPUT and changes nothing', async () => {
    const story = await draft();
    const body = await update(story, { title: 'x'.repeat(201), language: 'zz' });
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(problemFields({ body }).sort()).toEqual(['language', 'title']);
    expect(await versionOf(story.id)).toBe(story.version);
  });

  it('refuses a stale expectedVersion with CONFLICT naming both versions, and keeps the other edit', async () => {
    const story = await draft();
    const read = story.version;
    expect((await update(story, { title: 'First edit' }, CALLERS.coordinator, read)).errors).toBeUndefined();
    const body = await update(story, { title: 'Second edit' }, CALLERS.member, read);
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors![0].extensions).toMatchObject({ currentVersion: read + 1, expectedVersion: read });
    const [row] = await subgraph.dataSource.query('SELECT title FROM story WHERE id = $1', [story.id]);
    expect(row.title).toBe('First edit');
  });

  it('sends nothing to the database when nothing changes, and keeps the version', async () => {
    const story = await draft();
    const body = await update(story, { title: story.title });
    expect(body.data!.updateStory.story.version).toBe(story.version);
  });

  describe('who may edit', () => {
    const OUTCOMES_ON_DRAFT: Record<CallerKey, string> = {
      anonymous: 'UNAUTHENTICATED',
      admin: 'UPDATED',
      coordinator: 'UPDATED',
      otherCoordinator: 'NOT_FOUND',
      member: 'UPDATED',
      otherMember: 'NOT_FOUND',
      juror: 'NOT_FOUND',
      viewer: 'NOT_FOUND',
      readToken: 'FORBIDDEN',
      writeToken: 'UPDATED',
    };
    it.each(matrix(OUTCOMES_ON_DRAFT))(
      'a draft without consent (hidden from all but its staff): $caller → $expected',
      async ({ viewer, expected }) => {
        const story = await draft();
        const body = await update(story, { title: 'Edited' }, viewer);
        if (expected === 'UPDATED') expect(body.data!.updateStory.story.title).toBe('Edited');
        else {
          expect(codeOf(body)).toBe(expected);
          expect(await versionOf(story.id)).toBe(story.version);
        }
      },
    );

    it.each(
      matrix({
        ...OUTCOMES_ON_DRAFT,
        otherCoordinator: 'FORBIDDEN',
        otherMember: 'FORBIDDEN',
        juror: 'FORBIDDEN',
        viewer: 'FORBIDDEN',
      }),
    )(
      'a published public story everyone sees, adding a risk flag: $caller → $expected',
      async ({ viewer, expected }) => {
        const story = await given.story();
        const body = await update(story, { riskFlags: ['ASYLUM_CLAIM_ONGOING'] }, viewer);
        if (expected === 'UPDATED') expect(body.data!.updateStory.story.riskFlags).toEqual(['ASYLUM_CLAIM_ONGOING']);
        else {
          expect(codeOf(body)).toBe(expected);
          expect(await versionOf(story.id)).toBe(story.version);
        }
      },
    );

    it('does not find a story whose consent was withdrawn, for anyone', async () => {
      const story = await given.story({ status: StoryStatus.DRAFT });
      await subgraph.dataSource
        .getRepository(Consent)
        .update(
          { storyId: story.id, supersededAt: IsNull() },
          { withdrawnAt: new Date(), withdrawalReason: 'Asked to' },
        );
      expect(codeOf(await update(story, { title: 'Edited' }, CALLERS.admin))).toBe('NOT_FOUND');
    });
  });

  describe('what each status allows', () => {
    it('sends an approved story back to review when its words change, saying why in the history', async () => {
      const story = await given.story({ status: StoryStatus.APPROVED });
      const body = await update(story, { text: 'A new ending.' }, CALLERS.coordinator);
      expect(body.errors).toBeUndefined();
      const edited = body.data!.updateStory.story;
      expect(edited.status).toBe('IN_REVIEW');
      expect(edited.statusHistory).toEqual([
        {
          fromStatus: 'APPROVED',
          toStatus: 'IN_REVIEW',
          reason: 'Changed after approval: it needs to be reviewed again.',
        },
      ]);
    });

    it('keeps an approved story approved when the change only protects the storyteller', async () => {
      const story = await given.story({ status: StoryStatus.APPROVED });
      const body = await update(story, { riskFlags: ['FAMILY_IN_COUNTRY_OF_ORIGIN'] });
      expect(body.data!.updateStory.story).toMatchObject({
        status: 'APPROVED',
        riskFlags: ['FAMILY_IN_COUNTRY_OF_ORIGIN'],
      });
      expect(await subgraph.dataSource.getRepository(StoryStatusChange).countBy({ storyId: story.id })).toBe(0);
    });

    it.each([StoryStatus.PUBLISHED, StoryStatus.ARCHIVED])(
      'refuses changing the words of a %s story with CONFLICT, and changes nothing',
      async (status) => {
        const story = await given.story({ status, publishedAt: new Date(Date.now() - 3600_000) });
        const body = await update(story, { title: 'Rewritten', riskFlags: ['ASYLUM_CLAIM_ONGOING'] });
        expect(codeOf(body)).toBe('CONFLICT');
        expect(body.errors![0].message).toMatch(/cannot be edited/);
        const [row] = await subgraph.dataSource.query('SELECT title, risk_flags FROM story WHERE id = $1', [story.id]);
        expect(row).toEqual({ title: story.title, risk_flags: [] });
      },
    );

    it('refuses removing a risk flag from a published story, and allows it on a draft', async () => {
      const published = await given.story({ riskFlags: [] });
      expect((await update(published, { riskFlags: ['ASYLUM_CLAIM_ONGOING'] })).errors).toBeUndefined();
      expect(codeOf(await update(published, { riskFlags: [] }))).toBe('CONFLICT');
      const story = await given.story({ status: StoryStatus.DRAFT, riskFlags: [] });
      expect((await update(story, { riskFlags: ['ASYLUM_CLAIM_ONGOING'] })).errors).toBeUndefined();
      expect((await update(story, { riskFlags: [] })).data!.updateStory.story.riskFlags).toEqual([]);
    });
  });
});

describe('a story whose consent was never recorded (the visibility rule for stories being written)', () => {
  const STAFF: Record<CallerKey, boolean> = {
    anonymous: false,
    admin: true,
    coordinator: true,
    otherCoordinator: false,
    member: true,
    otherMember: false,
    juror: false,
    viewer: false,
    readToken: true,
    writeToken: true,
  };
  const NOBODY = Object.fromEntries(Object.keys(STAFF).map((k) => [k, false])) as Record<CallerKey, boolean>;

  it.each(matrix(STAFF))('a draft: seen by $caller = $expected', async ({ viewer, expected }) => {
    const story = await given.story({ status: StoryStatus.DRAFT }, null);
    expect(await whereSeen(subgraph, story, viewer)).toEqual(expected ? EVERYWHERE : NOWHERE);
  });

  it.each(matrix(STAFF))('in review: seen by $caller = $expected', async ({ viewer, expected }) => {
    const story = await given.story({ status: StoryStatus.IN_REVIEW }, null);
    expect(await whereSeen(subgraph, story, viewer)).toEqual(expected ? EVERYWHERE : NOWHERE);
  });

  it.each(matrix(NOBODY))('published without any consent: seen by $caller = $expected', async ({ viewer }) => {
    const story = await given.story({ status: StoryStatus.PUBLISHED }, null);
    expect(await whereSeen(subgraph, story, viewer)).toEqual(NOWHERE);
  });

  it.each(matrix(NOBODY))(
    'a draft whose only consent was withdrawn: seen by $caller = $expected',
    async ({ viewer }) => {
      const story = await given.story({ status: StoryStatus.DRAFT });
      await subgraph.dataSource
        .getRepository(Consent)
        .update(
          { storyId: story.id, supersededAt: IsNull() },
          { withdrawnAt: new Date(), withdrawalReason: 'Asked to' },
        );
      expect(await whereSeen(subgraph, story, viewer)).toEqual(NOWHERE);
    },
  );

  it('a draft whose consent expired stays hidden from its staff too', async () => {
    const story = await given.story(
      { status: StoryStatus.DRAFT },
      { givenAt: new Date(Date.now() - 48 * 3600_000), expiresAt: new Date(Date.now() - 1000) },
    );
    expect(await whereSeen(subgraph, story, CALLERS.admin)).toEqual(NOWHERE);
  });

  it('a new story is found by its creator in the next request, in stories(status: DRAFT)', async () => {
    const created = (await create(CALLERS.member)).data!.createStory.story;
    const { body } = await subgraph.gql(
      `{ stories(status: DRAFT, first: 100) { nodes { id status } } }`,
      {},
      CALLERS.member,
    );
    expect(body.data!.stories.nodes).toContainEqual({ id: created.id, status: 'DRAFT' });
    const { body: other } = await subgraph.gql(
      `{ stories(status: DRAFT, first: 100) { nodes { id } } }`,
      {},
      CALLERS.otherMember,
    );
    expect(other.data!.stories.nodes).not.toContainEqual({ id: created.id });
  });
});
