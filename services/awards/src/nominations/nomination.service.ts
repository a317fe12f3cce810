import { In } from 'typeorm';
import { conflict, notFound, paginate, type Connection } from '@best/kit';
import type { AwardsContext } from '../context';
import { isUniqueViolation, isUuid } from '../db-errors';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Nomination } from './nomination.entity';
import { Eligibility, NominationStatus } from './nomination.enums';
import type { EditionNominationsArgs } from './nomination.args';
import type { SubmitNominationInput } from './nomination.input';

export class NominationService {
  constructor(
    private readonly ctx: AwardsContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  byId(id: string): Promise<Nomination | null> {
    return this.ctx.loaders.nominationById.load(id);
  }

  /** An initiative's nominations across every edition, oldest first. */
  forInitiative(initiativeId: string): Promise<Nomination[]> {
    return this.ctx.loaders.nominationsByInitiativeId.load(initiativeId);
  }

  /** An edition's nominations in the order they were submitted. */
  forEdition(editionId: string, args: EditionNominationsArgs): Promise<Connection<Nomination>> {
    const query = this.ctx.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('nomination')
      .where('nomination.edition_id = :editionId', { editionId });
    if (args.status) query.andWhere('nomination.status = :status', { status: args.status });
    if (args.eligibility) query.andWhere('nomination.eligibility = :eligibility', { eligibility: args.eligibility });
    return paginate(query, args, { column: 'nomination.submitted_at', value: (n) => n.submittedAt });
  }

  /**
   * Records a nomination while the edition takes nominations: its phase is NOMINATIONS_OPEN and
   * its closing moment has not passed. An initiative is nominated at most once per edition.
   */
  async submit(input: SubmitNominationInput): Promise<Nomination> {
    const submittedAt = this.now();
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        // FOR SHARE: a concurrent phase change waits until this nomination is in, or this waits for it.
        const edition = isUuid(input.editionId)
          ? await tx
              .getRepository(AwardEdition)
              .findOne({ where: { id: input.editionId }, lock: { mode: 'pessimistic_read' } })
          : null;
        if (!edition) throw notFound('Award edition', input.editionId);
        if (edition.phase !== AwardEditionPhase.NOMINATIONS_OPEN) {
          throw conflict(`"${edition.title}" does not take nominations: it is in phase ${edition.phase}.`);
        }
        if (edition.nominationsCloseAt && submittedAt > edition.nominationsCloseAt) {
          throw conflict(`Nominations for "${edition.title}" closed on ${edition.nominationsCloseAt.toISOString()}.`);
        }
        const taken = await tx.getRepository(Nomination).exists({
          where: { editionId: edition.id, initiativeId: input.initiativeId },
        });
        if (taken) throw duplicate(edition);
        const { identifiers } = await tx.getRepository(Nomination).insert({
          editionId: edition.id,
          initiativeId: input.initiativeId,
          nominatedBy: input.nominatedBy.trim(),
          statement: input.statement.trim(),
          evidence: (input.evidence ?? []).map((item) => item.trim()),
          eligibility: Eligibility.UNCHECKED,
          eligibilityReason: null,
          status: NominationStatus.SUBMITTED,
          submittedAt,
        });
        return identifiers[0].id as string;
      });
      this.ctx.loaders.nominationsByInitiativeId.clear(input.initiativeId);
      return (await this.byId(id))!;
    } catch (error) {
      // Two submissions racing past the check above meet the unique constraint instead.
      if (isUniqueViolation(error, 'nomination_one_per_initiative_and_edition')) throw duplicate(null);
      throw error;
    }
  }

  static loadMany(ctx: Pick<AwardsContext, 'dataSource'>, ids: readonly string[]): Promise<Nomination[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? ctx.dataSource.getRepository(Nomination).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  static loadForInitiatives(
    ctx: Pick<AwardsContext, 'dataSource'>,
    initiativeIds: readonly string[],
  ): Promise<Nomination[]> {
    const valid = initiativeIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource.getRepository(Nomination).find({
      where: { initiativeId: In(valid) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }
}

const duplicate = (edition: AwardEdition | null) =>
  conflict(`This initiative is already nominated for ${edition ? `"${edition.title}"` : 'this award edition'}.`);
