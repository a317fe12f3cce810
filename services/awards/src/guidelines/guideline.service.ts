import { In, IsNull, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { badUserInput, conflict, isUniqueViolation, isUuid, notFound } from '@best/kit';
import { isAdmin, requireToChange } from '../awards.access';
import type { AwardsContext } from '../context';
import { Criterion } from './criterion.entity';
import { Guideline } from './guideline.entity';
import type { GuidelinesArgs } from './guideline.args';
import { guidelineDraftProblems, type CriterionDraft, type GuidelineDraft } from './guideline.rules';

/** What may change in a draft; the key never changes, it names the criteria set. */
export type GuidelineRevision = Partial<Omit<GuidelineDraft, 'key'>>;

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

const ONLY_ADMINS = 'Only admins draft and publish guidelines.';

export class GuidelineService {
  constructor(private readonly ctx: AwardsContext) {}

  byId(id: string): Promise<Guideline | null> {
    return this.ctx.loaders.guidelineById.load(id);
  }

  criteriaOf(guidelineId: string): Promise<Criterion[]> {
    return this.ctx.loaders.criteriaByGuidelineId.load(guidelineId);
  }

  /** Every version the caller may see (drafts: admins only), grouped by key, newest version first. */
  async list(args: GuidelinesArgs): Promise<Guideline[]> {
    const drafts = isAdmin(this.ctx.viewer);
    if (args.published === false && !drafts) return [];
    const where: FindOptionsWhere<Guideline> = {};
    if (args.key) where.key = args.key;
    if (args.published != null) where.publishedAt = args.published ? Not(IsNull()) : IsNull();
    if (!drafts) where.publishedAt = Not(IsNull());
    return this.ctx.dataSource.getRepository(Guideline).find({ where, order: { key: 'ASC', version: 'DESC' } });
  }

  /** Starts the next version of a criteria set (version 1 for a new key). A key has one draft at a time. */
  async createDraft(draft: GuidelineDraft): Promise<Guideline> {
    requireToChange(this.ctx.viewer, isAdmin, ONLY_ADMINS);
    const problems = guidelineDraftProblems(draft);
    if (problems.length) throw badUserInput('The guideline is not valid.', problems);
    try {
      const id = await this.ctx.dataSource.transaction(async (tx) => {
        const { latest } = await tx
          .getRepository(Guideline)
          .createQueryBuilder('guideline')
          .select('max(guideline.version)', 'latest')
          .where('guideline.key = :key', { key: draft.key })
          .getRawOne();
        const { identifiers } = await tx.getRepository(Guideline).insert({
          key: draft.key,
          version: (latest ?? 0) + 1,
          title: draft.title.trim(),
          eligibilityRules: draft.eligibilityRules ?? [],
          publishedAt: null,
        });
        const guidelineId = identifiers[0].id as string;
        await this.insertCriteria(tx, guidelineId, draft.criteria);
        return guidelineId;
      });
      return (await this.byId(id))!;
    } catch (error) {
      if (
        isUniqueViolation(error, 'guideline_one_draft_per_key') ||
        isUniqueViolation(error, 'guideline_key_version')
      ) {
        throw conflict(`A draft of "${draft.key}" is already being prepared; revise that draft instead.`);
      }
      throw error;
    }
  }

  /**
   * Changes a draft. A published version is immutable (the database refuses it too): every edition
   * pinned to it must keep judging by exactly the criteria it announced.
   */
  async reviseDraft(id: string, changes: GuidelineRevision, expectedRevision?: number): Promise<Guideline> {
    requireToChange(this.ctx.viewer, isAdmin, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      const current = await this.lockDraft(tx, id, expectedRevision);
      const criteria =
        changes.criteria ??
        (await tx.getRepository(Criterion).find({
          where: { guidelineId: id },
          order: { position: 'ASC' },
        }));
      const merged: GuidelineDraft = {
        key: current.key,
        title: changes.title ?? current.title,
        eligibilityRules: changes.eligibilityRules ?? current.eligibilityRules,
        criteria,
      };
      const problems = guidelineDraftProblems(merged);
      if (problems.length) throw badUserInput('The guideline is not valid.', problems);
      await tx
        .createQueryBuilder()
        .update(Guideline)
        .set({ title: merged.title.trim(), eligibilityRules: merged.eligibilityRules, revision: () => 'revision + 1' })
        .where('id = :id', { id })
        .execute();
      if (changes.criteria) {
        await tx.getRepository(Criterion).delete({ guidelineId: id });
        await this.insertCriteria(tx, id, changes.criteria);
      }
    });
    return this.fresh(id);
  }

  /** Publishes a draft; from then on it never changes and award editions may pin it. */
  async publish(id: string, expectedRevision?: number): Promise<Guideline> {
    requireToChange(this.ctx.viewer, isAdmin, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      await this.lockDraft(tx, id, expectedRevision);
      await tx
        .createQueryBuilder()
        .update(Guideline)
        .set({ publishedAt: () => 'now()', revision: () => 'revision + 1' })
        .where('id = :id', { id })
        .execute();
    });
    return this.fresh(id);
  }

  private async lockDraft(tx: EntityManager, id: string, expectedRevision?: number): Promise<Guideline> {
    const current = isUuid(id)
      ? await tx.getRepository(Guideline).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!current) throw notFound('Guideline', id);
    if (current.publishedAt) {
      throw conflict(
        `Version ${current.version} of "${current.key}" is published and cannot change; make a new version.`,
      );
    }
    if (expectedRevision != null && expectedRevision !== current.revision) {
      throw conflict('Someone else changed this guideline in the meantime; reload it and try again.');
    }
    return current;
  }

  private async insertCriteria(tx: EntityManager, guidelineId: string, criteria: CriterionDraft[]): Promise<void> {
    await tx.getRepository(Criterion).insert(
      criteria.map((c, position) => ({
        guidelineId,
        position,
        key: c.key,
        name: c.name.trim(),
        description: c.description ?? '',
        weight: c.weight,
        scale: c.scale.map((level) => ({ score: level.score, descriptor: level.descriptor })),
      })),
    );
  }

  private async fresh(id: string): Promise<Guideline> {
    this.ctx.loaders.guidelineById.clear(id);
    this.ctx.loaders.criteriaByGuidelineId.clear(id);
    return (await this.byId(id))!;
  }

  /** Published versions for everyone; drafts for admins only, as if they did not exist for others. */
  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<Guideline[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    const where: FindOptionsWhere<Guideline> = { id: In(valid) };
    if (!isAdmin(ctx.viewer)) where.publishedAt = Not(IsNull());
    return ctx.dataSource.getRepository(Guideline).findBy(where);
  }

  static loadCriteria(ctx: Pick<AwardsContext, 'dataSource'>, guidelineIds: readonly string[]): Promise<Criterion[]> {
    const valid = guidelineIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource.getRepository(Criterion).find({
      where: { guidelineId: In(valid) },
      order: { guidelineId: 'ASC', position: 'ASC' },
    });
  }
}
