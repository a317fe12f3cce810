import { demoNetwork } from '@best/demo';
import type { Viewer } from '@best/kit';
import { expectNoGraphQLErrors, startSubgraph, viewers, type TestSubgraph } from '@best/kit/testing';
import { demoWorkshops } from '../src/seed/demo-workshops';
import { matrix, type CallerKey } from './callers';
import { advocacySubgraph } from '../src/subgraph';

/**
 * docs/access-rules.md, advocacy: every kind of caller against every protected read and write, each
 * rule both ways. The workshop is Croatia's national workshop of the demo year.
 */
let h: TestSubgraph;
beforeAll(async () => {
  h = await startSubgraph(advocacySubgraph, { demo: true });
});
afterAll(async () => {
  await h?.stop();
});

const workshop = demoWorkshops().find((w) => w.countryCode === 'HR' && w.kind === 'NATIONAL_WORKSHOP')!;
const outcome = workshop.outcomes.find((o) => o.initiativeIds.length > 0)!;
const citedInitiative = outcome.initiativeIds[0];

const NETWORK: Record<CallerKey, boolean> = {
  anonymous: false,
  admin: true,
  coordinator: true,
  otherCoordinator: true,
  member: true,
  otherMember: true,
  juror: true,
  viewer: true,
  readToken: true,
  writeToken: true,
};

describe('workshops and their outcomes', () => {
  const WHERE_SEEN = `query($workshop: ID!, $outcome: ID!, $r: [_Any!]!) {
    workshop(id: $workshop) { id outcomes { id } }
    workshops(countryCode: "HR", first: 100) { totalCount nodes { id } }
    workshopOutcome(id: $outcome) { id }
    workshopOutcomes(workshopId: $workshop, first: 100) { totalCount nodes { id } }
    _entities(representations: $r) {
      ... on Workshop { id } ... on WorkshopOutcome { id } ... on Initiative { workshopOutcomes { id } }
    }
  }`;

  it.each(matrix(NETWORK))(
    '$caller: the workshop and its outcome seen in every query, list and reference = $expected',
    async ({ viewer, expected }) => {
      const r = [
        { __typename: 'Workshop', id: workshop.id },
        { __typename: 'WorkshopOutcome', id: outcome.id },
        { __typename: 'Initiative', id: citedInitiative },
      ];
      const variables = { workshop: workshop.id, outcome: outcome.id, r };
      const data = expectNoGraphQLErrors((await h.gql(WHERE_SEEN, variables, viewer)).body, WHERE_SEEN);
      const has = (list: { id: string }[] | undefined, id: string) => (list ?? []).some((x) => x.id === id);
      expect({
        workshop: data.workshop?.id === workshop.id,
        workshopOutcomes: has(data.workshop?.outcomes, outcome.id),
        workshops: has(data.workshops.nodes, workshop.id),
        outcome: data.workshopOutcome?.id === outcome.id,
        outcomes: has(data.workshopOutcomes.nodes, outcome.id),
        workshopReference: data._entities[0]?.id === workshop.id,
        outcomeReference: data._entities[1]?.id === outcome.id,
        initiativeOutcomes: has(data._entities[2].workshopOutcomes, outcome.id),
      }).toEqual({
        workshop: expected,
        workshopOutcomes: expected,
        workshops: expected,
        outcome: expected,
        outcomes: expected,
        workshopReference: expected,
        outcomeReference: expected,
        initiativeOutcomes: expected,
      });
      if (!expected) {
        // Nothing hints that there is anything to see: the counts are zero too.
        expect([data.workshops.totalCount, data.workshopOutcomes.totalCount]).toEqual([0, 0]);
      }
    },
  );

  it('answers the public’s Initiative.workshopOutcomes for 50 initiatives with empty lists, without asking the database', async () => {
    const r = demoNetwork()
      .initiatives.slice(0, 50)
      .map((i) => ({ __typename: 'Initiative', id: i.id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { workshopOutcomes { id } } } }`;
    let data: any;
    const selects = await h.selectsDuring(async () => {
      data = expectNoGraphQLErrors((await h.gql(query, { r }, viewers.anonymous())).body, query);
    });
    expect(data._entities.every((e: { workshopOutcomes: unknown[] }) => e.workshopOutcomes.length === 0)).toBe(true);
    expect(selects).toHaveLength(0);
  });
});

describe('recordWorkshopOutcome for the Croatian workshop', () => {
  const RECORD = `mutation($input: RecordWorkshopOutcomeInput!) { recordWorkshopOutcome(input: $input) { outcome { id } } }`;
  type Outcome = 'RECORDED' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  const OUTCOMES: Record<CallerKey, Outcome> = {
    anonymous: 'UNAUTHENTICATED',
    admin: 'RECORDED',
    coordinator: 'RECORDED',
    otherCoordinator: 'FORBIDDEN',
    member: 'FORBIDDEN',
    otherMember: 'FORBIDDEN',
    juror: 'FORBIDDEN',
    viewer: 'FORBIDDEN',
    readToken: 'FORBIDDEN',
    writeToken: 'FORBIDDEN',
  };
  const count = async (text: string) =>
    Number((await h.dataSource.query('SELECT count(*) AS n FROM workshop_outcome WHERE text = $1', [text]))[0].n);

  it.each(matrix(OUTCOMES))('$caller: $expected', async ({ key, viewer, expected }) => {
    const text = `The city will lend the sports hall on Sundays (recorded by ${key}).`;
    const input = { workshopId: workshop.id, kind: 'COMMITMENT', text, initiativeIds: [citedInitiative] };
    const { body } = await h.gql(RECORD, { input }, viewer as Viewer);
    if (expected === 'RECORDED') {
      expect(body.errors).toBeUndefined();
      expect(await count(text)).toBe(1);
    } else {
      expect(body.errors?.[0].extensions?.code).toBe(expected);
      expect(await count(text)).toBe(0);
    }
  });

  it('answers a member FORBIDDEN without looking the workshop up, and an admin NOT_FOUND for an unknown workshop', async () => {
    const input = { workshopId: '00000000-0000-4000-8000-000000000000', kind: 'COMMITMENT', text: 'Anything' };
    const member = await h.gql(RECORD, { input }, viewers.member('0d000000-0000-4000-8000-0000000000a1', 'HR'));
    expect(member.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await h.gql(RECORD, { input }, viewers.admin());
    expect(admin.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
