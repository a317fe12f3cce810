import { startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import { APPROVE, texts } from './best-practice-builders';
import { DECIDE, harshAndLenient, versionOf } from './result-builders';

let awards: TestSubgraph;
const admin = viewers.admin();
const coordinator = viewers.coordinator('IT');
const anonymous = viewers.anonymous();

beforeAll(async () => {
  awards = await startSubgraph(awardsSubgraph);
});

afterAll(async () => {
  await awards?.stop();
});

const DECISION = `query($id: ID!) { awardEdition(id: $id) { phase decision { reason decidedBy decidedAt
  winners { id status } finalists { id } specialMentions { id status } } } }`;
const INITIATIVE_PAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative {
  nominations { id status edition { id phase } } bestPractice { id whatWorks nomination { id } } } } }`;

describe('from the jury’s decision to a best practice on the initiative page', () => {
  it('reads the recorded decision on the edition, approves its winner, and shows both to the public once announced', async () => {
    const { edition, a, b, d, given } = await harshAndLenient(awards);
    const decide = {
      editionId: edition.id,
      expectedVersion: await versionOf(awards, edition),
      winners: [b.id],
      finalists: [a.id],
      specialMentions: [d.id],
      reason: 'The normalised ranking, as agreed.',
    };
    await awards.ok(DECIDE, { input: decide }, coordinator);

    // Decided: the organisers read the decision, the public reads nothing yet.
    const organisers = (await awards.ok(DECISION, { id: edition.id }, coordinator)).awardEdition;
    expect(organisers).toEqual({
      phase: 'DECIDED',
      decision: {
        reason: 'The normalised ranking, as agreed.',
        decidedBy: coordinator.displayName,
        decidedAt: expect.any(String),
        winners: [{ id: b.id, status: 'WINNER' }],
        finalists: [{ id: a.id }],
        specialMentions: [{ id: d.id, status: 'NOT_SELECTED' }],
      },
    });
    expect((await awards.ok(DECISION, { id: edition.id }, anonymous)).awardEdition.decision).toBeNull();

    const approved = (await awards.ok(APPROVE, { input: { nominationId: b.id, ...texts() } }, admin))
      .approveBestPractice.bestPractice;
    const r = [{ __typename: 'Initiative', id: b.initiativeId }];
    expect((await awards.ok(INITIATIVE_PAGE, { r }, anonymous))._entities).toEqual([
      { nominations: [], bestPractice: null },
    ]);

    await given.decide({ ...edition, phase: AwardEditionPhase.DECIDED }, AwardEditionPhase.ANNOUNCED);
    const publicly = (await awards.ok(DECISION, { id: edition.id }, anonymous)).awardEdition.decision;
    expect(publicly).toMatchObject({ decidedBy: null, winners: [{ id: b.id }], specialMentions: [{ id: d.id }] });
    expect((await awards.ok(INITIATIVE_PAGE, { r }, anonymous))._entities).toEqual([
      {
        nominations: [{ id: b.id, status: 'WINNER', edition: { id: edition.id, phase: 'ANNOUNCED' } }],
        bestPractice: { id: approved.id, whatWorks: texts().whatWorks, nomination: { id: b.id } },
      },
    ]);
  });
});
