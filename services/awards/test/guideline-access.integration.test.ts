import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { Guideline } from '../src/guidelines/guideline.entity';
import { GuidelineService } from '../src/guidelines/guideline.service';
import { systemContextOf } from '@best/kit';
import { ADMINS, EVERYONE, matrix, type CallerKey } from './callers';
import { criterionDraft, seed } from './seed';

/**
 * docs/access-rules.md, awards, guidelines: drafts are read and written by admins only, published
 * versions are read by everyone. Every read and write of the guideline API, for every caller.
 */
let awards: TestSubgraph;
let v1: Guideline;
let v2: Guideline;
let v3Draft: Guideline;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  const service = new GuidelineService(systemContextOf(awardsSubgraph, awards.dataSource));
  v1 = await seed(awards).guideline();
  const started = await service.startVersion(v1.key);
  await service.reviseDraft(started.id, { criteria: [criterionDraft('together', 5)] });
  v2 = await service.publish(started.id);
  v3Draft = await service.startVersion(v1.key);
});

afterAll(async () => {
  await awards?.stop();
});

type Outcome = 'DONE' | 'FORBIDDEN' | 'UNAUTHENTICATED';
/** Who drafts, revises, publishes and starts guidelines: admins; the rest of the network is FORBIDDEN. */
const GUIDELINE_EDITORS = Object.fromEntries(
  Object.entries(ADMINS).map(([key, admin]) => [
    key,
    admin ? 'DONE' : key === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
  ]),
) as Record<CallerKey, Outcome>;

const rowOf = async (id: string) =>
  (await awards.dataSource.query('SELECT title, published_at, revision FROM guideline WHERE id = $1', [id]))[0];

describe('writing guidelines', () => {
  let sequence = 0;

  it.each(matrix(GUIDELINE_EDITORS))('$caller drafting a new guideline: $expected', async ({ viewer, expected }) => {
    const key = `access-new-${++sequence}`;
    const CREATE = `mutation($input: CreateGuidelineDraftInput!) { createGuidelineDraft(input: $input) { guideline { key } } }`;
    const input = { key, title: 'New', criteria: [criterionDraft('together')] };
    const response = await awards.gql(CREATE, { input }, viewer);
    const stored = await awards.dataSource.query('SELECT version FROM guideline WHERE key = $1', [key]);
    if (expected === 'DONE') {
      expect(expectNoGraphQLErrors(response.body, CREATE).createGuidelineDraft.guideline.key).toBe(key);
      expect(stored).toEqual([{ version: 1 }]);
    } else {
      expect(codeOf(response)).toBe(expected);
      expect(stored).toEqual([]);
    }
  });

  it.each(matrix(GUIDELINE_EDITORS))('$caller revising a draft: $expected', async ({ viewer, expected }) => {
    const draft = await seed(awards).guideline({ publish: false });
    const REVISE = `mutation($input: ReviseGuidelineDraftInput!) { reviseGuidelineDraft(input: $input) { guideline { title } } }`;
    const input = { id: draft.id, expectedRevision: draft.revision, title: 'Revised' };
    const response = await awards.gql(REVISE, { input }, viewer);
    if (expected === 'DONE') {
      expect(expectNoGraphQLErrors(response.body, REVISE).reviseGuidelineDraft.guideline.title).toBe('Revised');
      expect((await rowOf(draft.id)).title).toBe('Revised');
    } else {
      expect(codeOf(response)).toBe(expected);
      expect(await rowOf(draft.id)).toMatchObject({ title: draft.title, revision: draft.revision });
    }
  });

  it.each(matrix(GUIDELINE_EDITORS))('$caller publishing a draft: $expected', async ({ viewer, expected }) => {
    const draft = await seed(awards).guideline({ publish: false });
    const PUBLISH = `mutation($input: PublishGuidelineInput!) { publishGuideline(input: $input) { guideline { id } } }`;
    const response = await awards.gql(PUBLISH, { input: { id: draft.id, expectedRevision: draft.revision } }, viewer);
    if (expected === 'DONE') {
      expect(expectNoGraphQLErrors(response.body, PUBLISH).publishGuideline.guideline.id).toBe(draft.id);
      expect((await rowOf(draft.id)).published_at).toBeInstanceOf(Date);
    } else {
      expect(codeOf(response)).toBe(expected);
      expect((await rowOf(draft.id)).published_at).toBeNull();
    }
  });

  it.each(matrix(GUIDELINE_EDITORS))(
    '$caller starting the next version of a published guideline: $expected',
    async ({ viewer, expected }) => {
      const published = await seed(awards).guideline();
      const START = `mutation($input: StartGuidelineVersionInput!) { startGuidelineVersion(input: $input) { guideline { version } } }`;
      const response = await awards.gql(START, { input: { key: published.key } }, viewer);
      const versions = await awards.dataSource.query('SELECT version FROM guideline WHERE key = $1 ORDER BY version', [
        published.key,
      ]);
      if (expected === 'DONE') {
        expect(expectNoGraphQLErrors(response.body, START).startGuidelineVersion.guideline.version).toBe(2);
        expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
      } else {
        expect(codeOf(response)).toBe(expected);
        expect(versions).toEqual([{ version: 1 }]);
      }
    },
  );
});

describe('reading guidelines', () => {
  const DIFFERENCE = `query($from: ID!, $to: ID!) {
    guidelineDifference(fromId: $from, toId: $to) { criteriaChanged { key } } }`;
  const differenceSeen = async (from: Guideline, to: Guideline, viewer = viewers.anonymous()) => {
    const data = expectNoGraphQLErrors(
      (await awards.gql(DIFFERENCE, { from: from.id, to: to.id }, viewer)).body,
      DIFFERENCE,
    );
    return data.guidelineDifference !== null;
  };

  it.each(matrix(EVERYONE))(
    '$caller: the difference between two published versions seen = $expected',
    async ({ viewer, expected }) => {
      expect(await differenceSeen(v1, v2, viewer)).toBe(expected);
    },
  );

  it.each(matrix(ADMINS))(
    '$caller: the difference between a published version and a draft seen, either way round = $expected',
    async ({ viewer, expected }) => {
      expect([await differenceSeen(v2, v3Draft, viewer), await differenceSeen(v3Draft, v2, viewer)]).toEqual([
        expected,
        expected,
      ]);
    },
  );

  it.each(matrix(ADMINS))(
    '$caller: a version started as a copy seen in guideline(id), guidelines and references = $expected',
    async ({ viewer, expected }) => {
      const READ = `query($id: ID!, $key: String, $r: [_Any!]!) {
        guideline(id: $id) { id }
        guidelines(key: $key) { id }
        _entities(representations: $r) { ... on Guideline { id } } }`;
      const variables = { id: v3Draft.id, key: v3Draft.key, r: [{ __typename: 'Guideline', id: v3Draft.id }] };
      const data = expectNoGraphQLErrors((await awards.gql(READ, variables, viewer)).body, READ);
      expect([
        data.guideline?.id === v3Draft.id,
        data.guidelines.some((g: { id: string }) => g.id === v3Draft.id),
        data._entities[0]?.id === v3Draft.id,
      ]).toEqual([expected, expected, expected]);
    },
  );
});
