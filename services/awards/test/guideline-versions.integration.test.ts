import { type DomainError, systemContextOf } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { GuidelineService } from '../src/guidelines/guideline.service';
import { criterionDraft, seed } from './seed';

let awards: TestSubgraph;
let service: GuidelineService;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

beforeEach(() => {
  service = new GuidelineService(systemContextOf(awardsSubgraph, awards.dataSource));
});

afterAll(async () => {
  await awards?.stop();
});

/** The code a service refusal carries, or 'no error'. */
async function refusal(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return (error as DomainError).extensions?.code ?? error;
  }
}

/** The SQLSTATE class of a statement PostgreSQL refuses, or 'accepted'. */
async function sqlOutcome(sql: string, parameters: unknown[] = []): Promise<string> {
  try {
    await awards.dataSource.query(sql, parameters);
    return 'accepted';
  } catch (error) {
    return String(
      (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code,
    );
  }
}

describe('guideline versions', () => {
  it('a draft can be revised, and the revision is what the API then shows', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const revised = await service.reviseDraft(draft.id, {
      title: 'Revised title',
      criteria: [criterionDraft('only-one', 3)],
    });
    expect(revised.title).toBe('Revised title');
    expect(revised.revision).toBe(draft.revision + 1);
    const query = `query($id: ID!) { guideline(id: $id) { title publishedAt criteria { key weight } } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, { id: draft.id }, viewers.admin())).body, query);
    expect(data.guideline).toEqual({
      title: 'Revised title',
      publishedAt: null,
      criteria: [{ key: 'only-one', weight: 3 }],
    });
  });

  it('a published version cannot be revised (CONFLICT) and stays as it was', async () => {
    const published = await seed(awards).guideline();
    expect(await refusal(service.reviseDraft(published.id, { title: 'Changed after publishing' }))).toBe('CONFLICT');
    expect(await refusal(service.reviseDraft(published.id, { criteria: [criterionDraft('sneaked-in')] }))).toBe(
      'CONFLICT',
    );
    const [row] = await awards.dataSource.query('SELECT title, revision FROM guideline WHERE id = $1', [published.id]);
    expect(row).toEqual({ title: published.title, revision: published.revision });
    expect((await service.criteriaOf(published.id)).map((c) => c.key)).toEqual(['together', 'regular-times']);
  });

  it('a draft is published once; publishing it again is a CONFLICT', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    const published = await service.publish(draft.id);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await refusal(service.publish(draft.id))).toBe('CONFLICT');
  });

  it('an edit sent with a stale revision is refused (CONFLICT), with the current one accepted', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    expect(await refusal(service.reviseDraft(draft.id, { title: 'Stale' }, draft.revision - 1))).toBe('CONFLICT');
    expect(await refusal(service.reviseDraft(draft.id, { title: 'Current' }, draft.revision))).toBe('no error');
  });

  it('changes to a published guideline make a new version, numbered after the last one', async () => {
    const v1 = await seed(awards).guideline();
    const v2 = await service.startVersion(v1.key);
    expect(v2).toMatchObject({ key: v1.key, version: 2, publishedAt: null });
    const query = `query($key: String) { all: guidelines(key: $key) { version } published: guidelines(key: $key, published: true) { version } }`;
    const data = expectNoGraphQLErrors((await awards.gql(query, { key: v1.key }, viewers.admin())).body, query);
    expect(data).toEqual({ all: [{ version: 2 }, { version: 1 }], published: [{ version: 1 }] });
  });

  it('a key with published versions gets no fresh version 1: createDraft is a CONFLICT', async () => {
    const v1 = await seed(awards).guideline();
    expect(
      await refusal(service.createDraft({ key: v1.key, title: 'From scratch', criteria: [criterionDraft('x')] })),
    ).toBe('CONFLICT');
  });

  it('a key has one draft at a time: a second draft is a CONFLICT', async () => {
    const draft = await seed(awards).guideline({ publish: false });
    expect(
      await refusal(service.createDraft({ key: draft.key, title: 'Another', criteria: [criterionDraft('x')] })),
    ).toBe('CONFLICT');
  });

  it('a draft with a zero weight is refused with BAD_USER_INPUT naming the field', async () => {
    const work = service.createDraft({ key: 'zero-weight', title: 'Zero', criteria: [criterionDraft('a', 0)] });
    await expect(work).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'criteria.0.weight', message: expect.any(String) }] },
    });
  });

  describe('the database keeps published guidelines as they are, whoever writes', () => {
    it('refuses to update or delete a published guideline, and allows it for a draft', async () => {
      const published = await seed(awards).guideline();
      const draft = await seed(awards).guideline({ publish: false });
      expect(await sqlOutcome(`UPDATE guideline SET title = 'x' WHERE id = $1`, [published.id])).toBe('23000');
      expect(await sqlOutcome(`UPDATE guideline SET published_at = NULL WHERE id = $1`, [published.id])).toBe('23000');
      expect(await sqlOutcome(`DELETE FROM guideline WHERE id = $1`, [published.id])).toBe('23000');
      expect(await sqlOutcome(`UPDATE guideline SET title = 'x' WHERE id = $1`, [draft.id])).toBe('accepted');
      expect(await sqlOutcome(`DELETE FROM guideline WHERE id = $1`, [draft.id])).toBe('accepted');
    });

    it("refuses to add, change or remove a published guideline's criteria, and allows it for a draft", async () => {
      const published = await seed(awards).guideline();
      const draft = await seed(awards).guideline({ publish: false });
      const insert = `INSERT INTO guideline_criterion (guideline_id, position, key, name, weight, scale)
        VALUES ($1, 9, 'extra', 'Extra', 1, '[{"score":1,"descriptor":"a"},{"score":2,"descriptor":"b"}]')`;
      expect(await sqlOutcome(insert, [published.id])).toBe('23000');
      expect(
        await sqlOutcome(`UPDATE guideline_criterion SET weight = 9 WHERE guideline_id = $1`, [published.id]),
      ).toBe('23000');
      expect(await sqlOutcome(`DELETE FROM guideline_criterion WHERE guideline_id = $1`, [published.id])).toBe('23000');
      const draftCriterion = (await service.criteriaOf(draft.id))[0];
      expect(
        await sqlOutcome(`UPDATE guideline_criterion SET guideline_id = $1 WHERE id = $2`, [
          published.id,
          draftCriterion.id,
        ]),
      ).toBe('23000');
      expect(await sqlOutcome(insert, [draft.id])).toBe('accepted');
      expect(await sqlOutcome(`UPDATE guideline_criterion SET weight = 9 WHERE guideline_id = $1`, [draft.id])).toBe(
        'accepted',
      );
    });

    it('refuses a criterion weight of zero, below zero or NaN, and accepts a small positive one', async () => {
      const draft = await seed(awards).guideline({ publish: false });
      const update = `UPDATE guideline_criterion SET weight = $1::float8 WHERE guideline_id = $2`;
      for (const weight of ['0', '-0.5', 'NaN', 'Infinity'])
        expect(await sqlOutcome(update, [weight, draft.id])).toBe('23514');
      expect(await sqlOutcome(update, ['0.05', draft.id])).toBe('accepted');
    });
  });
});
