import { type EntityManager, In } from 'typeorm';
import {
  badUserInput,
  conflict,
  type Connection,
  DomainError,
  ErrorCode,
  type FieldProblem,
  isSafeText,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
  type Viewer,
} from '@best/kit';
import { requireToChange, runsEditionsOf } from '../awards.access';
import type { AwardsContext } from '../context';
import { GuidelineService } from '../guidelines/guideline.service';
import { Nomination } from '../nominations/nomination.entity';
import { AwardEdition } from './award-edition.entity';
import { readOrganizationsForJudging, refreshConflictsForJudging } from '../jury/conflict-detection';
import { AwardEditionPhaseChange } from './award-edition-phase-change.entity';
import { allowedPhases, deadlineRefusal, isAllowedMove } from './award-edition-phase.rules';
import { seesWhoMovedPhases } from './award-edition.access';
import { AwardEditionPhase, PHASE_ORDER } from './award-edition.enums';
import type { AwardEditionsArgs } from './award-edition.args';

/** What it takes to start a national award edition; it starts as a draft. */
export interface NewAwardEdition {
  countryCode: string;
  year: number;
  guidelineId: string;
  title: string;
  opensAt?: Date | null;
  nominationsCloseAt?: Date | null;
  decisionAt?: Date | null;
}

/** A person's move of an edition's phase (`move`). */
export interface MovePhase {
  id: string;
  expectedVersion: number;
  to: AwardEditionPhase;
  reason: string;
}

const ONLY_ORGANISERS = "Only admins and the coordinator of the edition's country run its award.";
const PLATFORM_REASON = 'Moved on by the platform.';

/** Who a history row names: the caller's display name, or what they are when they have none. */
const changedBy = (viewer: Viewer) =>
  viewer.displayName?.trim().slice(0, 200) || (viewer.kind === 'TOKEN' ? 'API token' : 'Unknown');

export class AwardEditionService {
  constructor(private readonly ctx: AwardsContext) {}

  byId(id: string): Promise<AwardEdition | null> {
    return this.ctx.loaders.editionById.load(id);
  }

  /** Newest year first. */
  list(args: AwardEditionsArgs): Promise<Connection<AwardEdition>> {
    const query = this.ctx.dataSource.getRepository(AwardEdition).createQueryBuilder('edition');
    if (args.countryCode)
      query.andWhere('edition.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.year != null) query.andWhere('edition.year = :year', { year: args.year });
    if (args.phase) query.andWhere('edition.phase = :phase', { phase: args.phase });
    return paginate(query, args, { column: 'edition.year', value: (e) => e.year, direction: 'DESC' });
  }

  /** Starts an edition as a draft, pinned to a published guideline version. One edition per country and year. */
  async create(given: NewAwardEdition): Promise<AwardEdition> {
    const input = { ...given, countryCode: given.countryCode.toUpperCase() };
    requireToChange(this.ctx.viewer, runsEditionsOf(input.countryCode), ONLY_ORGANISERS);
    const problems: FieldProblem[] = [];
    if (!/^[A-Z]{2}$/.test(input.countryCode))
      problems.push({ field: 'countryCode', message: 'must be two capital letters' });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      problems.push({ field: 'year', message: 'must be a year between 2000 and 2100' });
    }
    if (!input.title?.trim() || input.title.length > 200)
      problems.push({ field: 'title', message: 'must be between 1 and 200 characters' });
    if (input.opensAt && input.nominationsCloseAt && input.nominationsCloseAt <= input.opensAt) {
      problems.push({ field: 'nominationsCloseAt', message: 'must be after nominations open' });
    }
    if (input.nominationsCloseAt && input.decisionAt && input.decisionAt <= input.nominationsCloseAt) {
      problems.push({ field: 'decisionAt', message: 'must be after nominations close' });
    }
    const guideline = await new GuidelineService(this.ctx).byId(input.guidelineId);
    if (!guideline) problems.push({ field: 'guidelineId', message: 'no such guideline' });
    else if (!guideline.publishedAt) {
      problems.push({
        field: 'guidelineId',
        message: 'an edition can only be judged by a published guideline version',
      });
    }
    if (problems.length) throw badUserInput('The award edition is not valid.', problems);

    try {
      const { identifiers } = await this.ctx.dataSource.getRepository(AwardEdition).insert({
        countryCode: input.countryCode,
        year: input.year,
        guidelineId: input.guidelineId,
        title: input.title.trim(),
        phase: AwardEditionPhase.DRAFT,
        opensAt: input.opensAt ?? null,
        nominationsCloseAt: input.nominationsCloseAt ?? null,
        decisionAt: input.decisionAt ?? null,
      });
      return (await this.byId(identifiers[0].id as string))!;
    } catch (error) {
      if (isUniqueViolation(error, 'award_edition_country_year')) {
        throw conflict(`${input.countryCode} already has an award edition for ${input.year}.`);
      }
      throw error;
    }
  }

  /**
   * A person's move of an edition to another phase, through the API: the next phase forward, or back
   * from NOMINATIONS_OPEN to DRAFT while no nomination has arrived, at a moment the calendar allows
   * (`deadlineRefusal`). Recorded in the phase history with who made it and why.
   */
  move(input: MovePhase): Promise<{ edition: AwardEdition; change: AwardEditionPhaseChange }> {
    return this.changePhase(input.id, input.to, input.reason, input.expectedVersion, {
      calendar: true,
      byDecision: true,
    });
  }

  /**
   * The platform's step to the next phase, for seeds and test builders that make an edition at any
   * point of its calendar: the phase order and the required dates hold, the calendar does not. A
   * person moves phases only through `move`.
   */
  async advancePhase(id: string, expectedVersion?: number, reason = PLATFORM_REASON): Promise<AwardEdition> {
    return (await this.changePhase(id, 'NEXT', reason, expectedVersion, { calendar: false, byDecision: false }))
      .edition;
  }

  /** The phase history of an edition, oldest first; the public does not see who made each move. */
  async phaseHistory(editionId: string): Promise<AwardEditionPhaseChange[]> {
    const changes = await this.ctx.loaders.phaseHistoryByEditionId.load(editionId);
    return seesWhoMovedPhases(this.ctx.viewer) ? changes : changes.map((change) => ({ ...change, changedBy: null }));
  }

  private async changePhase(
    id: string,
    target: AwardEditionPhase | 'NEXT',
    reason: string,
    expectedVersion: number | undefined,
    rules: MoveRules,
  ): Promise<{ edition: AwardEdition; change: AwardEditionPhaseChange }> {
    const why = reason.trim();
    if (!isSafeText(why, 1000, 1)) {
      throw badUserInput('Say why the phase changes, in at most 1000 characters.', [
        { field: 'reason', message: 'must be between 1 and 1000 characters, without control characters' },
      ]);
    }
    // Moving to JUDGING reads the network afresh (conflicts detected from its organisations); before
    // the transaction, so no lock is held while the gateway answers.
    const current = isUuid(id) ? await this.ctx.loaders.editionById.load(id) : null;
    const toJudging =
      target === AwardEditionPhase.JUDGING ||
      (target === 'NEXT' && current?.phase === AwardEditionPhase.NOMINATIONS_OPEN);
    const organizations = current && toJudging ? await readOrganizationsForJudging(this.ctx, current.id) : null;
    const result = await this.ctx.dataSource.transaction(async (tx) => {
      // FOR UPDATE: a nomination being submitted holds the edition FOR SHARE, so a move waits for it.
      const edition = isUuid(id)
        ? await tx.getRepository(AwardEdition).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!edition) throw notFound('Award edition', id);
      requireToChange(this.ctx.viewer, runsEditionsOf(edition.countryCode), ONLY_ORGANISERS);
      if (expectedVersion != null && expectedVersion !== edition.version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Someone else changed "${edition.title}" in the meantime (version ${edition.version}, you sent ${expectedVersion}); reload it and try again.`,
          { currentVersion: edition.version, expectedVersion },
        );
      }
      const from = edition.phase;
      const to = target === 'NEXT' ? PHASE_ORDER[PHASE_ORDER.indexOf(from) + 1] : target;
      if (!to) throw conflict(`"${edition.title}" is already announced; it has no further phase.`);
      await refuseDisallowedMove(tx, edition, to, rules);
      await tx
        .createQueryBuilder()
        .update(AwardEdition)
        .set({ phase: to, version: () => 'version + 1' })
        .where('id = :id', { id: edition.id })
        .execute();
      if (to === AwardEditionPhase.JUDGING) {
        if (!toJudging) throw conflict(`"${edition.title}" changed in the meantime; reload it and try again.`);
        await refreshConflictsForJudging(tx, edition.id, organizations);
      }
      const changes = tx.getRepository(AwardEditionPhaseChange);
      const change = await changes.save(
        changes.create({
          editionId: edition.id,
          fromPhase: from,
          toPhase: to,
          reason: why,
          changedById: this.ctx.viewer.id,
          changedBy: changedBy(this.ctx.viewer),
        }),
      );
      return { change: await changes.findOneByOrFail({ id: change.id }) };
    });
    this.ctx.loaders.editionById.clear(id);
    this.ctx.loaders.phaseHistoryByEditionId.clear(id);
    this.ctx.loaders.conflictsByEditionId.clear(id);
    return { edition: (await this.byId(id))!, change: result.change };
  }

  /** The phase histories of many editions in one statement, oldest move first. */
  static loadPhaseHistories(
    ctx: Pick<AwardsContext, 'dataSource'>,
    editionIds: readonly string[],
  ): Promise<AwardEditionPhaseChange[]> {
    const valid = editionIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(AwardEditionPhaseChange)
      .find({ where: { editionId: In(valid) }, order: { position: 'ASC' } });
  }

  static loadMany(ctx: Pick<AwardsContext, 'dataSource'>, ids: readonly string[]): Promise<AwardEdition[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? ctx.dataSource.getRepository(AwardEdition).findBy({ id: In(valid) }) : Promise.resolve([]);
  }
}

interface MoveRules {
  /** The deadlines hold (a person's move); the platform's own steps skip them. */
  calendar: boolean;
  /** DECIDED is reached only by recording the decision (recordAwardDecision), never by a bare move. */
  byDecision: boolean;
}

/** Throws when `edition` may not move to `to` now: the phase order, the required dates, the calendar. */
async function refuseDisallowedMove(
  tx: EntityManager,
  edition: AwardEdition,
  to: AwardEditionPhase,
  rules: MoveRules,
): Promise<void> {
  const from = edition.phase;
  if (!isAllowedMove(from, to)) {
    const allowed = allowedPhases(from);
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `"${edition.title}" is in phase ${from}: it can move ${allowed.length ? `only to ${allowed.join(' or ')}` : 'no further'}, not to ${to}.`,
      { fromPhase: from, toPhase: to, allowedPhases: allowed },
    );
  }
  if (rules.byDecision && to === AwardEditionPhase.DECIDED) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `"${edition.title}" is decided by recording its decision (recordAwardDecision): its winners, finalists and special mentions.`,
      { fromPhase: from, toPhase: to },
    );
  }
  if (to === AwardEditionPhase.NOMINATIONS_OPEN && (!edition.nominationsCloseAt || !edition.decisionAt)) {
    throw badUserInput('Set when nominations close and when the jury decides before opening nominations.', [
      { field: 'nominationsCloseAt', message: 'is required to open nominations' },
      { field: 'decisionAt', message: 'is required to open nominations' },
    ]);
  }
  const late = rules.calendar ? deadlineRefusal(edition, to, new Date()) : null;
  if (late) {
    throw new DomainError(ErrorCode.CONFLICT, late.message, late.notBefore ? { notBefore: late.notBefore } : {});
  }
  if (from === AwardEditionPhase.NOMINATIONS_OPEN && to === AwardEditionPhase.DRAFT) {
    const arrived = await tx.getRepository(Nomination).countBy({ editionId: edition.id });
    if (arrived) {
      throw conflict(
        `"${edition.title}" already has ${arrived} nomination${arrived === 1 ? '' : 's'}: its nominations stay open.`,
      );
    }
  }
}
