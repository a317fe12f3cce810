import { randomUUID } from 'node:crypto';
import { codeOf, problemFields, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { bestPractices, CREATE_MANUAL, PUBLISH_MANUAL, REVISE, REVISE_MANUAL } from './best-practice-builders';

let awards: TestSubgraph;
const admin = viewers.admin();
const anonymous = viewers.anonymous();

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const MANUAL = `query($id: ID!) { manual(id: $id) { id status version
  chapters { position title theme bestPractices { id whatWorks version } } } }`;

describe('createManual', () => {
  it('keeps the chapters and their best practices in the order given, as a draft', async () => {
    const given = bestPractices(awards);
    const [a, b, c] = [await given.approved(), await given.approved(), await given.approved()];
    const input = {
      title: 'Bringing people together',
      introduction: 'What the network learnt.',
      language: 'en',
      chapters: [given.chapter('Sport', [b.id, a.id], 'sport'), given.chapter('Everyday life', [c.id])],
    };
    const { manual } = (await awards.ok(CREATE_MANUAL, { input }, admin)).createManual;
    expect(manual).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null, language: 'en' });
    expect(manual.chapters).toEqual([
      {
        position: 1,
        title: 'Sport',
        introduction: 'Why sport matters.',
        theme: 'sport',
        bestPractices: [{ id: b.id }, { id: a.id }],
      },
      {
        position: 2,
        title: 'Everyday life',
        introduction: 'Why everyday life matters.',
        theme: null,
        bestPractices: [{ id: c.id }],
      },
    ]);
  });

  it('names each best-practice id that does not exist or is repeated in a chapter (BAD_USER_INPUT)', async () => {
    const given = bestPractices(awards);
    const a = await given.approved();
    const input = {
      title: 'Broken',
      introduction: '',
      language: 'en',
      chapters: [given.chapter('One', [a.id]), given.chapter('Two', [a.id, randomUUID(), a.id])],
    };
    const refused = await awards.gql(CREATE_MANUAL, { input }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['chapters.1.bestPracticeIds.1', 'chapters.1.bestPracticeIds.2']);
    expect(await awards.dataSource.query(`SELECT id FROM manual WHERE title = 'Broken'`)).toEqual([]);
  });

  it('refuses a language that is not an ISO 639-1 code', async () => {
    const input = { title: 'Manuale', introduction: '', language: 'xx', chapters: [] };
    expect(codeOf(await awards.gql(CREATE_MANUAL, { input }, admin))).toBe('BAD_USER_INPUT');
  });
});

describe('reviseManual', () => {
  it('replaces the chapters of a draft and moves its version on; a stale version is a CONFLICT', async () => {
    const given = bestPractices(awards);
    const [a, b] = [await given.approved(), await given.approved()];
    const draft = await given.manual([given.chapter('Sport', [a.id])]);
    const input = {
      manualId: draft.id,
      expectedVersion: 1,
      title: 'Renamed',
      chapters: [given.chapter('Food', [b.id])],
    };
    const { manual } = (await awards.ok(REVISE_MANUAL, { input }, admin)).reviseManual;
    expect(manual).toMatchObject({
      title: 'Renamed',
      version: 2,
      chapters: [{ position: 1, title: 'Food', bestPractices: [{ id: b.id }] }],
    });
    expect(codeOf(await awards.gql(REVISE_MANUAL, { input }, admin))).toBe('CONFLICT');
  });
});

describe('publishManual', () => {
  it('refuses a manual without chapters, or with an empty chapter, naming what is missing', async () => {
    const given = bestPractices(awards);
    const empty = await given.manual([]);
    const none = await awards.gql(PUBLISH_MANUAL, { input: { manualId: empty.id, expectedVersion: 1 } }, admin);
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(problemFields(none)).toEqual(['chapters']);
    const a = await given.approved();
    const hollow = await given.manual([given.chapter('Sport', [a.id]), given.chapter('Food', [])]);
    const refused = await awards.gql(PUBLISH_MANUAL, { input: { manualId: hollow.id, expectedVersion: 1 } }, admin);
    expect(problemFields(refused)).toEqual(['chapters.1.bestPracticeIds']);
  });

  it('refuses a best practice of an edition not yet announced, which the public could not read', async () => {
    const given = bestPractices(awards);
    const announced = await given.approved();
    const decided = await given.approved({ phase: AwardEditionPhase.DECIDED });
    const draft = await given.manual([given.chapter('Sport', [announced.id, decided.id])]);
    const refused = await awards.gql(PUBLISH_MANUAL, { input: { manualId: draft.id, expectedVersion: 1 } }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['chapters.0.bestPracticeIds.1']);
  });

  it('publishes a complete draft for everyone; then it never changes, in the API or in the database', async () => {
    const given = bestPractices(awards);
    const a = await given.approved();
    const draft = await given.manual([given.chapter('Sport', [a.id], 'sport')]);
    expect((await awards.ok(MANUAL, { id: draft.id }, anonymous)).manual).toBeNull();

    const { manual } = (await awards.ok(PUBLISH_MANUAL, { input: { manualId: draft.id, expectedVersion: 1 } }, admin))
      .publishManual;
    expect(manual).toMatchObject({ status: 'PUBLISHED', version: 2, publishedAt: expect.any(String) });
    expect((await awards.ok(MANUAL, { id: draft.id }, anonymous)).manual.chapters[0].bestPractices).toEqual([
      { id: a.id, whatWorks: a.whatWorks, version: 1 },
    ]);

    const again = { manualId: draft.id, expectedVersion: 2, title: 'Changed' };
    expect(codeOf(await awards.gql(REVISE_MANUAL, { input: again }, admin))).toBe('CONFLICT');
    expect(codeOf(await awards.gql(PUBLISH_MANUAL, { input: { manualId: draft.id, expectedVersion: 2 } }, admin))).toBe(
      'CONFLICT',
    );
    await expect(
      awards.dataSource.query(`UPDATE manual SET title = 'Changed' WHERE id = $1`, [draft.id]),
    ).rejects.toThrow(/published and cannot change/);
    await expect(
      awards.dataSource.query(`UPDATE manual_chapter SET title = 'Changed' WHERE manual_id = $1`, [draft.id]),
    ).rejects.toThrow(/cannot change/);
    await expect(
      awards.dataSource.query(
        `INSERT INTO manual_chapter (manual_id, position, title, introduction) VALUES ($1, 2, 'Extra', '')`,
        [draft.id],
      ),
    ).rejects.toThrow(/cannot change/);
    await expect(awards.dataSource.query(`DELETE FROM manual WHERE id = $1`, [draft.id])).rejects.toThrow(
      /published and cannot change/,
    );
  });

  it('keeps the texts a best practice had when the manual was published; a draft shows the revision', async () => {
    const given = bestPractices(awards);
    const a = await given.approved();
    const published = await given.manual([given.chapter('Sport', [a.id])], true);
    const draft = await given.manual([given.chapter('Sport', [a.id])]);
    await awards.ok(REVISE, { input: { bestPracticeId: a.id, expectedVersion: 1, whatWorks: 'Revised.' } }, admin);

    const chapterOf = async (id: string) => (await awards.ok(MANUAL, { id }, admin)).manual.chapters[0].bestPractices;
    expect(await chapterOf(published.id)).toEqual([{ id: a.id, whatWorks: a.whatWorks, version: 1 }]);
    expect(await chapterOf(draft.id)).toEqual([{ id: a.id, whatWorks: 'Revised.', version: 2 }]);
  });

  it('reads a manual with its chapters, their best practices and editions in four statements, however many', async () => {
    const given = bestPractices(awards);
    const practices = [];
    for (let i = 0; i < 6; i++) practices.push(await given.approved());
    const ids = practices.map((b) => b.id);
    const published = await given.manual(
      [
        given.chapter('One', ids.slice(0, 2)),
        given.chapter('Two', ids.slice(2, 4)),
        given.chapter('Three', ids.slice(4)),
      ],
      true,
    );
    const query = `query($id: ID!) { manual(id: $id) { title chapters { title bestPractices { id whatWorks
      edition { id title } initiative { id } } } } }`;
    let data: any;
    const selects = await awards.selectsDuring(async () => {
      data = await awards.ok(query, { id: published.id }, anonymous);
    });
    expect(data.manual.chapters.flatMap((c: any) => c.bestPractices.map((b: any) => b.id))).toEqual(ids);
    expect(selects).toHaveLength(4);
  });

  it('is resolved as an entity by id, a draft only for staff', async () => {
    const given = bestPractices(awards);
    const draft = await given.manual([]);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Manual { id status } } }`;
    const r = [{ __typename: 'Manual', id: draft.id }];
    expect((await awards.ok(query, { r }, anonymous))._entities).toEqual([null]);
    expect((await awards.ok(query, { r }, viewers.coordinator('FR')))._entities).toEqual([
      { id: draft.id, status: 'DRAFT' },
    ]);
  });
});
