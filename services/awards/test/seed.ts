import { randomUUID } from 'node:crypto';
import { systemContextOf } from '@best/kit';
import { awardsSubgraph } from '../src/subgraph';
import type { TestSubgraph } from '@best/kit/testing';
import { AwardEdition } from '../src/award-editions/award-edition.entity';
import { AwardEditionPhase, PHASE_ORDER } from '../src/award-editions/award-edition.enums';
import { AwardEditionService, type NewAwardEdition } from '../src/award-editions/award-edition.service';
import { Guideline } from '../src/guidelines/guideline.entity';
import type { CriterionDraft, GuidelineDraft } from '../src/guidelines/guideline.rules';
import { GuidelineService } from '../src/guidelines/guideline.service';
import type { JuryMember } from '../src/jury/jury-member.entity';
import { JuryService } from '../src/jury/jury.service';
import { Nomination } from '../src/nominations/nomination.entity';
import { Eligibility, NominationStatus } from '../src/nominations/nomination.enums';
import { NominationService } from '../src/nominations/nomination.service';

const DAY = 86_400_000;

export const criterionDraft = (key: string, weight = 1): CriterionDraft => ({
  key,
  name: `Criterion ${key}`,
  description: `What ${key} asks for.`,
  weight,
  scale: [1, 2, 3, 4, 5].map((score) => ({ score, descriptor: `Level ${score} of ${key}` })),
});

/**
 * Small builders that make test data through the services the product uses, chaining like the
 * domain: a guideline, then an edition judged by it, then that edition moved through its phases.
 */
let sequence = 0;

export function seed(subgraph: Pick<TestSubgraph, 'dataSource'>) {
  const { dataSource } = subgraph;
  const ctx = () => systemContextOf(awardsSubgraph, dataSource);

  async function guideline(options: Partial<GuidelineDraft> & { publish?: boolean } = {}): Promise<Guideline> {
    const { publish = true, ...overrides } = options;
    const service = new GuidelineService(ctx());
    const draft = await service.createDraft({
      key: `test-guidelines-${++sequence}`,
      title: 'Test guidelines',
      eligibilityRules: [{ key: 'in-country', text: 'Runs in the country of the edition.', checkedAtIntake: false }],
      criteria: [criterionDraft('together', 2), criterionDraft('regular-times', 1)],
      ...overrides,
    });
    return publish ? service.publish(draft.id) : draft;
  }

  /** An edition in the given phase; nominations close in 30 days unless told otherwise. */
  async function edition(
    options: Partial<NewAwardEdition> & { phase?: AwardEditionPhase; guideline?: Guideline } = {},
  ): Promise<AwardEdition> {
    const { phase = AwardEditionPhase.DRAFT, guideline: given, ...overrides } = options;
    const pinned = given ?? (await guideline());
    const service = new AwardEditionService(ctx());
    const closes = Date.now() + 30 * DAY;
    const n = ++sequence;
    let created = await service.create({
      countryCode: 'FR',
      year: 2000 + n,
      guidelineId: pinned.id,
      title: `Test award ${n}`,
      nominationsCloseAt: new Date(closes),
      decisionAt: new Date(closes + 60 * DAY),
      ...overrides,
    });
    while (created.phase !== phase && PHASE_ORDER.indexOf(created.phase) < PHASE_ORDER.indexOf(phase)) {
      created = await service.advancePhase(created.id);
    }
    return created;
  }

  /**
   * An edition in `phase` with one nomination per status, submitted while its nominations were
   * open. The statuses are written straight to the table: deciding them has no service yet.
   */
  async function editionWithNominations(
    phase: AwardEditionPhase,
    statuses: NominationStatus[],
    overrides: Partial<NewAwardEdition> = {},
  ): Promise<{ edition: AwardEdition; nominations: Nomination[] }> {
    const opened = await edition({ ...overrides, phase: AwardEditionPhase.NOMINATIONS_OPEN });
    const nominations: Nomination[] = [];
    for (const status of statuses) {
      const submitted = await new NominationService(ctx()).submit({
        editionId: opened.id,
        initiativeId: randomUUID(),
        statement: 'Neighbours and newcomers repair bicycles together every Saturday.',
      });
      const eligibility =
        status === NominationStatus.SUBMITTED
          ? Eligibility.UNCHECKED
          : status === NominationStatus.INELIGIBLE
            ? Eligibility.INELIGIBLE
            : Eligibility.ELIGIBLE;
      await dataSource.getRepository(Nomination).update(submitted.id, {
        status,
        eligibility,
        eligibilityReason: eligibility === Eligibility.INELIGIBLE ? 'Started less than six months ago.' : null,
      });
      nominations.push(await dataSource.getRepository(Nomination).findOneByOrFail({ id: submitted.id }));
    }
    const service = new AwardEditionService(ctx());
    let current = opened;
    while (PHASE_ORDER.indexOf(current.phase) < PHASE_ORDER.indexOf(phase)) {
      current = await service.advancePhase(current.id);
    }
    return { edition: current, nominations };
  }

  /** Puts the account on the edition's jury, as the platform would. */
  function juror(edition: AwardEdition, jurorAccountId: string, displayName = 'Test Juror'): Promise<JuryMember> {
    return new JuryService(ctx()).assign({ editionId: edition.id, jurorAccountId, displayName });
  }

  return { guideline, edition, editionWithNominations, juror };
}
