import { In, IsNull, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { badUserInput, conflict, DomainError, ErrorCode, isUniqueViolation, isUuid, notFound } from '@best/kit';
import { requireToChange } from '../awards.access';
import type { AwardsContext } from '../context';
import { Criterion } from './criterion.entity';
import { draftsGuidelines, readsGuidelineDrafts } from './guideline.access';
import { Guideline } from './guideline.entity';
import type { GuidelinesArgs } from './guideline.args';
import { guidelineDiff, type GuidelineDiff } from './guideline.diff';
import {
  guidelineDraftProblems,
  INTAKE_GUIDELINE_KEY,
  type CriterionDraft,
  type EligibilityRuleDraft,
  type GuidelineDraftInput,
} from './guideline.rules';
import type { EligibilityRule } from './eligibility-rule.type';

/** What may change in a draft (left out or null: unchanged); the key never changes, it names the criteria set. */
export type GuidelineRevision = { [K in Exclude<keyof GuidelineDraftInput, 'key'>]?: GuidelineDraftInput[K] | null };

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

const ONLY_ADMINS = 'Only admins draft and publish guidelines.';
const NOT_VALID = 'The guideline is not valid; see the problems listed.';

const draftBeingPrepared = (key: string) =>
  conflict(`A draft of "${key}" is already being prepared; revise or publish that draft instead.`);

/** Two versions side by side and what changed between them. */
export interface GuidelineDifferenceOf extends GuidelineDiff<Criterion> {
  from: Guideline;
  to: Guideline;
}

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
    const drafts = readsGuidelineDrafts(this.ctx.viewer);
    if (args.published === false && !drafts) return [];
    const where: FindOptionsWhere<Guideline> = {};
    if (args.key) where.key = args.key;
    if (args.published != null) where.publishedAt = args.published ? Not(IsNull()) : IsNull();
    if (!drafts) where.publishedAt = Not(IsNull());
    return this.ctx.dataSource.getRepository(Guideline).find({ where, order: { key: 'ASC', version: 'DESC' } });
  }

  /**
   * The network's intake checklist: the rules checked at intake of the newest published version of
   * "best-practice-guidelines", in the guideline's order; empty while none is published. Public, as
   * every published version is.
   */
  async intakeTraits(): Promise<EligibilityRule[]> {
    const current = await this.ctx.dataSource.getRepository(Guideline).findOne({
      where: { key: INTAKE_GUIDELINE_KEY, publishedAt: Not(IsNull()) },
      order: { version: 'DESC' },
    });
    return (current?.eligibilityRules ?? []).filter((rule) => rule.checkedAtIntake);
  }

  /**
   * Version 1 of a new criteria set. A key that already has versions grows only through
   * `startVersion`, so that every later version starts as a copy of what was published.
   */
  async createDraft(draft: GuidelineDraftInput): Promise<Guideline> {
    requireToChange(this.ctx.viewer, draftsGuidelines, ONLY_ADMINS);
    const problems = guidelineDraftProblems(draft);
    if (problems.length) throw badUserInput(NOT_VALID, problems);
    const id = await this.insertVersion(draft.key, async (tx) => {
      const versions = await tx
        .getRepository(Guideline)
        .find({ where: { key: draft.key }, select: { publishedAt: true } });
      if (versions.some((v) => !v.publishedAt)) throw draftBeingPrepared(draft.key);
      if (versions.length) {
        throw conflict(
          `"${draft.key}" already has published versions; start its next version, which begins as a copy of the latest.`,
        );
      }
      return { ...draft, version: 1 };
    });
    return (await this.byId(id))!;
  }

  /**
   * The next version of a criteria set, as a draft that starts as a copy of its latest published
   * version. Refused while a draft of that key exists: a key has one draft at a time.
   */
  async startVersion(key: string): Promise<Guideline> {
    requireToChange(this.ctx.viewer, draftsGuidelines, ONLY_ADMINS);
    const id = await this.insertVersion(key, async (tx) => {
      const versions = await tx.getRepository(Guideline).find({ where: { key }, order: { version: 'DESC' } });
      if (versions.some((v) => !v.publishedAt)) throw draftBeingPrepared(key);
      const latest = versions[0];
      if (!latest)
        throw new DomainError(ErrorCode.NOT_FOUND, `There is no published guideline "${key}" to start from.`);
      const criteria = await tx
        .getRepository(Criterion)
        .find({ where: { guidelineId: latest.id }, order: { position: 'ASC' } });
      return {
        key,
        title: latest.title,
        eligibilityRules: latest.eligibilityRules,
        criteria,
        version: latest.version + 1,
      };
    });
    return (await this.byId(id))!;
  }

  /**
   * Inserts a draft version with its criteria, from what `content` reads in the same transaction.
   * Two admins starting a draft of one key at once meet the database's one-draft-per-key index.
   */
  private async insertVersion(
    key: string,
    content: (tx: EntityManager) => Promise<GuidelineDraftInput & { version: number }>,
  ): Promise<string> {
    try {
      return await this.ctx.dataSource.transaction(async (tx) => {
        const draft = await content(tx);
        const { identifiers } = await tx.getRepository(Guideline).insert({
          key,
          version: draft.version,
          title: draft.title.trim(),
          eligibilityRules: storedRules(draft.eligibilityRules ?? []),
          publishedAt: null,
        });
        const guidelineId = identifiers[0].id as string;
        await this.insertCriteria(tx, guidelineId, draft.criteria);
        return guidelineId;
      });
    } catch (error) {
      if (
        isUniqueViolation(error, 'guideline_one_draft_per_key') ||
        isUniqueViolation(error, 'guideline_key_version')
      ) {
        throw draftBeingPrepared(key);
      }
      throw error;
    }
  }

  /**
   * Changes a draft. A published version is immutable (the database refuses it too): every edition
   * pinned to it must keep judging by exactly the criteria it announced.
   */
  async reviseDraft(id: string, changes: GuidelineRevision, expectedRevision?: number): Promise<Guideline> {
    requireToChange(this.ctx.viewer, draftsGuidelines, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      const current = await this.lockDraft(tx, id, expectedRevision);
      const criteria =
        changes.criteria ??
        (await tx.getRepository(Criterion).find({
          where: { guidelineId: id },
          order: { position: 'ASC' },
        }));
      const merged = {
        key: current.key,
        title: changes.title ?? current.title,
        eligibilityRules: changes.eligibilityRules ?? current.eligibilityRules,
        criteria,
      };
      const problems = guidelineDraftProblems(merged);
      if (problems.length) throw badUserInput(NOT_VALID, problems);
      await tx
        .createQueryBuilder()
        .update(Guideline)
        .set({
          title: merged.title.trim(),
          eligibilityRules: storedRules(merged.eligibilityRules),
          revision: () => 'revision + 1',
        })
        .where('id = :id', { id })
        .execute();
      if (changes.criteria) {
        await tx.getRepository(Criterion).delete({ guidelineId: id });
        await this.insertCriteria(tx, id, changes.criteria);
      }
    });
    return this.fresh(id);
  }

  /**
   * Publishes a draft; from then on it never changes and award editions may pin it. The rules are
   * checked again: a draft copied from an older version, or written outside the API, may break them.
   */
  async publish(id: string, expectedRevision?: number): Promise<Guideline> {
    requireToChange(this.ctx.viewer, draftsGuidelines, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      const draft = await this.lockDraft(tx, id, expectedRevision);
      const criteria = await tx
        .getRepository(Criterion)
        .find({ where: { guidelineId: id }, order: { position: 'ASC' } });
      const problems = guidelineDraftProblems({ ...draft, criteria });
      if (problems.length) {
        throw badUserInput(
          `Version ${draft.version} of "${draft.key}" cannot be published until it is valid.`,
          problems,
        );
      }
      await tx
        .createQueryBuilder()
        .update(Guideline)
        .set({ publishedAt: () => 'now()', revision: () => 'revision + 1' })
        .where('id = :id', { id })
        .execute();
    });
    return this.fresh(id);
  }

  /** What changed from one version to another; null when the caller may not see either of them. */
  async difference(fromId: string, toId: string): Promise<GuidelineDifferenceOf | null> {
    const [from, to] = await Promise.all([this.byId(fromId), this.byId(toId)]);
    if (!from || !to) return null;
    const [fromCriteria, toCriteria] = await Promise.all([this.criteriaOf(from.id), this.criteriaOf(to.id)]);
    return {
      from,
      to,
      ...guidelineDiff({ ...from, criteria: fromCriteria }, { ...to, criteria: toCriteria }),
    };
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
      const error = conflict(
        `Someone else saved this guideline after you opened it (you had revision ${expectedRevision}; it is now at ` +
          `revision ${current.revision}). Reload it to see their changes, then make yours again.`,
      );
      Object.assign(error.extensions, { currentRevision: current.revision, expectedRevision });
      throw error;
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
    if (!readsGuidelineDrafts(ctx.viewer)) where.publishedAt = Not(IsNull());
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

/** Rules as stored: exactly the three fields, the text trimmed (an input object may carry more). */
const storedRules = (rules: EligibilityRuleDraft[]): EligibilityRule[] =>
  rules.map((rule) => ({ key: rule.key, text: rule.text.trim(), checkedAtIntake: rule.checkedAtIntake }));
