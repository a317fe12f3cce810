import { type Viewer } from '@best/kit';
import { codeOf, expectNoGraphQLErrors, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { seed } from './seed';

let awards: TestSubgraph;
let open: AwardEdition;

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
  open = await seed(awards).edition({ countryCode: 'ES', phase: AwardEditionPhase.NOMINATIONS_OPEN });
});

afterAll(async () => {
  await awards?.stop();
});

const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) {
  nomination { id status eligibility eligibilityReason nominatedBy statement evidence submittedAt edition { id } initiative { id } } } }`;

/** A member of a Spanish organisation: it nominates for Spain's award (the access matrix covers the others). */
const nominator = viewers.member('0d000000-0000-4000-8000-00000000e501', 'ES');

let initiativeCounter = 0;
const newInitiativeId = () => `11111111-2222-4333-8444-${String(++initiativeCounter).padStart(12, '0')}`;

const nomination = (overrides: Record<string, unknown> = {}) => ({
  editionId: open.id,
  initiativeId: newInitiativeId(),
  statement: 'Neighbours and newcomers cook together every Thursday in the parish hall.',
  evidence: ['https://example.org/report', 'Visit report, March'],
  ...overrides,
});

const submit = (input: Record<string, unknown>, caller: Viewer = nominator) => awards.gql(SUBMIT, { input }, caller);

describe('submitNomination', () => {
  it('records a nomination while nominations are open, as submitted and unchecked, in the name of the caller', async () => {
    const input = nomination();
    const data = expectNoGraphQLErrors((await submit(input)).body, SUBMIT);
    expect(data.submitNomination.nomination).toMatchObject({
      status: 'SUBMITTED',
      eligibility: 'UNCHECKED',
      eligibilityReason: null,
      nominatedBy: nominator.displayName,
      evidence: input.evidence,
      edition: { id: open.id },
      initiative: { id: input.initiativeId },
    });
  });

  it('shows the new nomination on the initiative and on the edition', async () => {
    const input = nomination();
    const id = expectNoGraphQLErrors((await submit(input)).body).submitNomination.nomination.id;
    const query = `query($r: [_Any!]!, $edition: ID!) {
      _entities(representations: $r) { ... on Initiative { nominations { id } } }
      awardEdition(id: $edition) { nominations(first: 100) { nodes { id } } } }`;
    const data = expectNoGraphQLErrors(
      (
        await awards.gql(
          query,
          { r: [{ __typename: 'Initiative', id: input.initiativeId }], edition: open.id },
          nominator,
        )
      ).body,
      query,
    );
    expect(data._entities[0].nominations).toEqual([{ id }]);
    expect(data.awardEdition.nominations.nodes).toContainEqual({ id });
  });

  it('nominates an initiative once per edition: a second nomination is a CONFLICT', async () => {
    const input = nomination();
    expectNoGraphQLErrors((await submit(input)).body);
    const second = await submit(input, viewers.coordinator('ES'));
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.body.errors?.[0].message).toMatch(/already nominated/);
  });

  it('the same initiative may be nominated for another edition', async () => {
    const other = await seed(awards).edition({
      countryCode: 'ES',
      phase: AwardEditionPhase.NOMINATIONS_OPEN,
    });
    const input = nomination();
    expectNoGraphQLErrors((await submit(input)).body);
    expectNoGraphQLErrors((await submit({ ...input, editionId: other.id })).body);
  });

  it('two simultaneous nominations of one initiative: one is recorded, the other is a CONFLICT', async () => {
    const input = nomination();
    const results = await Promise.all([submit(input), submit(input, viewers.coordinator('ES'))]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it.each([AwardEditionPhase.DRAFT, AwardEditionPhase.JUDGING, AwardEditionPhase.ANNOUNCED])(
    'refuses a nomination for an edition in phase %s with CONFLICT',
    async (phase) => {
      const edition = await seed(awards).edition({ countryCode: 'ES', phase });
      const { body } = await submit(nomination({ editionId: edition.id }));
      expect(codeOf(body)).toBe('CONFLICT');
      expect(body.errors?.[0].message).toContain(phase);
    },
  );

  it('refuses a nomination after the closing moment even if the phase was not moved on', async () => {
    const closed = new Date(Date.now() - 60_000);
    const edition = await seed(awards).edition({
      countryCode: 'ES',
      phase: AwardEditionPhase.NOMINATIONS_OPEN,
      nominationsCloseAt: closed,
      decisionAt: new Date(closed.getTime() + 86_400_000),
    });
    const { body } = await submit(nomination({ editionId: edition.id }));
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors?.[0].message).toMatch(/closed/);
  });

  it('answers NOT_FOUND for an edition that does not exist', async () => {
    const { body } = await submit(nomination({ editionId: '00000000-0000-4000-8000-000000000000' }));
    expect(codeOf(body)).toBe('NOT_FOUND');
  });

  it.each([
    ['a statement shorter than 20 characters', { statement: 'Great.' }, 'statement'],
    [
      'a control character in the statement',
      { statement: 'A fine initiative\u0000 with a NUL byte inside it.' },
      'statement',
    ],
    ['an edition id that is not an id', { editionId: 'MT-2017' }, 'editionId'],
    ['an initiative id that is not an id', { initiativeId: '42' }, 'initiativeId'],
    ['more than 20 pieces of evidence', { evidence: Array.from({ length: 21 }, (_, i) => `item ${i}`) }, 'evidence'],
    ['an empty piece of evidence', { evidence: ['https://example.org', ''] }, 'evidence'],
    ['a link that is not a web address', { evidence: ['javascript:alert(1)'] }, 'evidence'],
    ['a link that is not http(s)', { evidence: ['ftp://example.org/report.pdf'] }, 'evidence'],
    ['a web address that is not valid', { evidence: ['https://exa mple/report'] }, 'evidence'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
    const { body } = await submit(nomination(overrides));
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect((body.errors?.[0].extensions?.problems as { field: string }[]).map((p) => p.field)).toContain(field);
  });

  it('takes the nominator from the caller: an input that names one is refused with BAD_USER_INPUT', async () => {
    const { body } = await submit(nomination({ nominatedBy: 'Someone Else' }));
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/nominatedBy/);
  });

  it('records a partner token without a display name as a member of the network', async () => {
    const token = { ...viewers.token(nominator.organizationId!, 'ES', ['READ', 'WRITE']), displayName: null };
    const data = expectNoGraphQLErrors((await submit(nomination(), token)).body, SUBMIT);
    expect(data.submitNomination.nomination.nominatedBy).toBe('A member of the network');
  });

  it('accepts evidence as web links and as short texts, a colon in a sentence included', async () => {
    const evidence = ['http://example.org/visit', 'https://example.org/a?b=c#d', 'Visit report: March, in the parish'];
    const data = expectNoGraphQLErrors((await submit(nomination({ evidence }))).body, SUBMIT);
    expect(data.submitNomination.nomination.evidence).toEqual(evidence);
  });

  it('accepts a nomination without evidence, and one with exactly 20 pieces', async () => {
    expectNoGraphQLErrors((await submit(nomination({ evidence: null }))).body);
    expectNoGraphQLErrors(
      (await submit(nomination({ evidence: Array.from({ length: 20 }, (_, i) => `item ${i}`) }))).body,
    );
  });
});
