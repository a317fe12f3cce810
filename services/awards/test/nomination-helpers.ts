import { randomUUID } from 'node:crypto';
import { systemContextOf, type Viewer } from '@best/kit';
import { expectNoGraphQLErrors, type TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import type { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase, PHASE_ORDER } from '../src/award-editions/award-edition.enums';
import { AwardEditionService } from '../src/award-editions/award-edition.service';
import { seed } from './seed';

/** The pinned guideline's eligibility rules in these tests; checks answer them by key. */
export const RULES = [
  { key: 'in-country', text: 'Runs in the country of the edition.', checkedAtIntake: false },
  { key: 'one-year', text: 'Has run for at least a year.', checkedAtIntake: false },
  { key: 'brings-together', text: 'Brings locals and forced migrants together as equals.', checkedAtIntake: true },
];

export const NOMINATION_FIELDS = `id version status eligibility eligibilityReason screenedAt withdrawnAt withdrawalReason
  eligibilityChecks { rule text met note }`;

export const SCREEN = `mutation($input: ScreenNominationInput!) { screenNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } } }`;
export const SHORTLIST = `mutation($input: ShortlistNominationInput!) { shortlistNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } } }`;
export const WITHDRAW = `mutation($input: WithdrawNominationInput!) { withdrawNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } } }`;
const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id version } } }`;

/** Answers for every rule: all met, or all met but the ones listed (by their position in RULES). */
export const checks = (unmet: number[] = []) => RULES.map(({ key }, i) => ({ rule: key, met: !unmet.includes(i) }));

export function nominations(awards: TestSubgraph) {
  /** An edition of `countryCode` whose nominations are open, judged by a guideline with RULES. */
  async function openEdition(countryCode: string): Promise<AwardEdition> {
    const guideline = await seed(awards).guideline({ eligibilityRules: RULES });
    return seed(awards).edition({ countryCode, phase: AwardEditionPhase.NOMINATIONS_OPEN, guideline });
  }

  /** A nomination submitted through the API by `nominator`. */
  async function nominate(edition: AwardEdition, nominator: Viewer): Promise<{ id: string; version: number }> {
    const input = {
      editionId: edition.id,
      initiativeId: randomUUID(),
      statement: 'Neighbours and newcomers repair bicycles together every Saturday.',
      evidence: ['https://example.org/report'],
    };
    return expectNoGraphQLErrors((await awards.gql(SUBMIT, { input }, nominator)).body, SUBMIT).submitNomination
      .nomination;
  }

  /** Moves the edition on to `phase` as the platform would (the calendar is not checked). */
  async function moveTo(edition: AwardEdition, phase: AwardEditionPhase): Promise<AwardEdition> {
    const service = new AwardEditionService(systemContextOf(awardsSubgraph, awards.dataSource));
    let current = (await service.byId(edition.id))!;
    while (PHASE_ORDER.indexOf(current.phase) < PHASE_ORDER.indexOf(phase)) {
      current = await service.advancePhase(current.id);
    }
    return current;
  }

  /** The stored row, as the database has it. */
  async function stored(id: string): Promise<Record<string, unknown>> {
    const [row] = await awards.dataSource.query(
      `SELECT status, eligibility, eligibility_reason, eligibility_checks, version, withdrawn_at, withdrawal_reason
       FROM nomination WHERE id = $1`,
      [id],
    );
    return row;
  }

  return { openEdition, nominate, moveTo, stored };
}
