import { In } from 'typeorm';
import {
  badUserInput,
  conflict,
  type Connection,
  type FieldProblem,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
} from '@best/kit';
import { requireToChange, runsEditionsOf } from '../awards.access';
import type { AwardsContext } from '../context';
import { GuidelineService } from '../guidelines/guideline.service';
import { AwardEdition } from './award-edition.entity';
import { AwardEditionPhase, PHASE_ORDER } from './award-edition.enums';
import type { AwardEditionsArgs } from './award-edition.args';

/** What it takes to start a national award edition; it starts as a draft. */
export interface NewAwardEdition {
  countryCode: string;
  year: number;
  guidelineId: string;
  title: string;
  nominationsCloseAt?: Date | null;
  decisionAt?: Date | null;
}

const ONLY_ORGANISERS = "Only admins and the coordinator of the edition's country run its award.";

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
  async create(input: NewAwardEdition): Promise<AwardEdition> {
    requireToChange(this.ctx.viewer, runsEditionsOf(input.countryCode), ONLY_ORGANISERS);
    const problems: FieldProblem[] = [];
    if (!/^[A-Z]{2}$/.test(input.countryCode))
      problems.push({ field: 'countryCode', message: 'must be two capital letters' });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      problems.push({ field: 'year', message: 'must be a year between 2000 and 2100' });
    }
    if (!input.title?.trim() || input.title.length > 200)
      problems.push({ field: 'title', message: 'must be between 1 and 200 characters' });
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

  /** Moves an edition to the next phase; phases are never skipped and never go back. */
  async advancePhase(id: string, expectedVersion?: number): Promise<AwardEdition> {
    await this.ctx.dataSource.transaction(async (tx) => {
      const edition = isUuid(id)
        ? await tx.getRepository(AwardEdition).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!edition) throw notFound('Award edition', id);
      requireToChange(this.ctx.viewer, runsEditionsOf(edition.countryCode), ONLY_ORGANISERS);
      if (expectedVersion != null && expectedVersion !== edition.version) {
        throw conflict('Someone else changed this award edition in the meantime; reload it and try again.');
      }
      const next = PHASE_ORDER[PHASE_ORDER.indexOf(edition.phase) + 1];
      if (!next) throw conflict(`"${edition.title}" is already announced; it has no further phase.`);
      if (next === AwardEditionPhase.NOMINATIONS_OPEN && (!edition.nominationsCloseAt || !edition.decisionAt)) {
        throw badUserInput('Set when nominations close and when the jury decides before opening nominations.', [
          { field: 'nominationsCloseAt', message: 'is required to open nominations' },
          { field: 'decisionAt', message: 'is required to open nominations' },
        ]);
      }
      await tx
        .createQueryBuilder()
        .update(AwardEdition)
        .set({ phase: next, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
    });
    this.ctx.loaders.editionById.clear(id);
    return (await this.byId(id))!;
  }

  static loadMany(ctx: Pick<AwardsContext, 'dataSource'>, ids: readonly string[]): Promise<AwardEdition[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? ctx.dataSource.getRepository(AwardEdition).findBy({ id: In(valid) }) : Promise.resolve([]);
  }
}
