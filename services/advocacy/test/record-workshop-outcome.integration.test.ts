import { expectNoGraphQLErrors, startSubgraph, viewers, type TestSubgraph } from '@best/kit/testing';
import { demoNetwork } from '@best/demo';
import { demoWorkshops } from '../src/seed/demo-workshops';
import { advocacySubgraph } from '../src/subgraph';

let h: TestSubgraph;
beforeAll(async () => {
  h = await startSubgraph(advocacySubgraph, { demo: true });
});
afterAll(async () => {
  await h?.stop();
});

const RECORD = `mutation($input: RecordWorkshopOutcomeInput!) { recordWorkshopOutcome(input: $input) {
  outcome { id kind text followUpStatus followUpDue version workshop { id } initiatives { id } } } }`;

const workshop = demoWorkshops().find((w) => w.countryCode === 'HR' && w.kind === 'NATIONAL_WORKSHOP')!;
const [firstCroatian, secondCroatian] = demoNetwork().initiatives.filter((i) => i.countryCode === 'HR');
const valid = {
  workshopId: workshop.id,
  kind: 'COMMITMENT',
  text: 'The city of Zagreb will keep the sports hall open on Sunday afternoons for mixed teams',
  initiativeIds: [firstCroatian.id],
  followUpDue: '2018-03-01',
};

/** The workshop is Croatian: Croatia's coordinator records its outcomes (access-matrix covers the others). */
const coordinator = viewers.coordinator('HR');
const record = (input: Record<string, unknown>) => h.gql(RECORD, { input }, coordinator);
const outcomeCount = async () => Number((await h.dataSource.query('SELECT count(*) AS n FROM workshop_outcome'))[0].n);

describe('recordWorkshopOutcome', () => {
  it('records an outcome, open by default, and shows it on its workshop and on each initiative it cites', async () => {
    // Cited in the order given, whatever order their ids sort in.
    const cited = [firstCroatian, secondCroatian].sort((a, b) => b.id.localeCompare(a.id));
    const input = { ...valid, initiativeIds: cited.map((i) => i.id) };
    const { outcome } = expectNoGraphQLErrors((await record(input)).body, RECORD).recordWorkshopOutcome;
    expect(outcome).toMatchObject({
      kind: 'COMMITMENT',
      text: valid.text,
      followUpStatus: 'OPEN',
      followUpDue: '2018-03-01',
      version: 1,
      workshop: { id: workshop.id },
    });
    expect(outcome.initiatives).toEqual(cited.map((i) => ({ id: i.id })));

    const query = `query($id: ID!, $r: [_Any!]!) {
      workshop(id: $id) { outcomes { id } }
      _entities(representations: $r) { ... on Initiative { workshopOutcomes { id } } } }`;
    const representations = input.initiativeIds.map((id) => ({ __typename: 'Initiative', id }));
    const data = expectNoGraphQLErrors(
      (await h.gql(query, { id: workshop.id, r: representations }, coordinator)).body,
      query,
    );
    expect(data.workshop.outcomes.map((o: any) => o.id)).toContain(outcome.id);
    for (const entity of data._entities) expect(entity.workshopOutcomes[0].id).toBe(outcome.id);
  });

  it('links an initiative cited twice only once, and accepts an outcome that cites none', async () => {
    const twice = { ...valid, initiativeIds: [firstCroatian.id, firstCroatian.id.toUpperCase()] };
    const linked = expectNoGraphQLErrors((await record(twice)).body).recordWorkshopOutcome.outcome;
    expect(linked.initiatives).toEqual([{ id: firstCroatian.id }]);
    const none = expectNoGraphQLErrors((await record({ ...valid, kind: 'ADVOCACY_MESSAGE', initiativeIds: [] })).body);
    expect(none.recordWorkshopOutcome.outcome.initiatives).toEqual([]);
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['blank text', { text: '   \n ' }, 'text'],
    ['text with a NUL character', { text: 'Ask the mayor\u0000' }, 'text'],
    ['text longer than 2000 characters', { text: 'x'.repeat(2001) }, 'text'],
    ['a due date that does not exist', { followUpDue: '2018-02-30' }, 'followUpDue'],
    ['an initiative id that is not a UUID', { initiativeIds: ['initiative-1'] }, 'initiativeIds'],
    [
      'more than 20 cited initiatives',
      {
        initiativeIds: demoNetwork()
          .initiatives.slice(0, 21)
          .map((i) => i.id),
      },
      'initiativeIds',
    ],
    ['a workshop id that is not a UUID', { workshopId: 'zagreb-2017' }, 'workshopId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_what, change, field) => {
    const before = await outcomeCount();
    const { body } = await record({ ...valid, ...change });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ field })]);
    expect(await outcomeCount()).toBe(before);
  });

  it('answers NOT_FOUND for an outcome of a workshop that does not exist', async () => {
    const before = await outcomeCount();
    const { body } = await record({ ...valid, workshopId: '00000000-0000-4000-8000-000000000000' });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0].message).toMatch(/Workshop/);
    expect(await outcomeCount()).toBe(before);
  });

  it('refuses a follow-up due before the workshop starts, and accepts one due on its first day', async () => {
    const dayBefore = new Date(Date.parse(`${workshop.startsOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const early = await record({ ...valid, followUpDue: dayBefore });
    expect(early.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.body.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ field: 'followUpDue' })]);

    const sameDay = expectNoGraphQLErrors((await record({ ...valid, followUpDue: workshop.startsOn })).body);
    expect(sameDay.recordWorkshopOutcome.outcome.followUpDue).toBe(workshop.startsOn);
  });

  it('stores the text without surrounding blanks and keeps an explicit follow-up status', async () => {
    const { outcome } = expectNoGraphQLErrors(
      (await record({ ...valid, text: `  ${valid.text}\n`, followUpStatus: 'IN_PROGRESS', followUpDue: null })).body,
    ).recordWorkshopOutcome;
    expect(outcome).toMatchObject({ text: valid.text, followUpStatus: 'IN_PROGRESS', followUpDue: null });
  });
});
