import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { badUserInput, conflict, DomainError, ErrorCode, type FieldProblem, isUuid, notFound } from '@best/kit';
import { requireToChange } from '../awards.access';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { BestPractice } from '../best-practices/best-practice.entity';
import { ManualChapter, type PublishedBestPracticeTexts } from './manual-chapter.entity';
import { Manual } from './manual.entity';
import { ManualStatus } from './manual.enums';
import type { CreateManualInput, ManualChapterInput, PublishManualInput, ReviseManualInput } from './manual.input';
import { editsManuals, onlyVisibleManuals } from './manual.access';

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

const ONLY_ADMINS = 'Only the European coordination (admins) writes and publishes manuals.';

export class ManualService {
  constructor(private readonly ctx: AwardsContext) {}

  byId(id: string): Promise<Manual | null> {
    return this.ctx.loaders.manualById.load(id);
  }

  /** Published manuals for everyone, drafts too for admins and coordinators; newest first. */
  list(): Promise<Manual[]> {
    return onlyVisibleManuals(this.ctx.dataSource.getRepository(Manual).createQueryBuilder('manual'), this.ctx.viewer)
      .orderBy('manual.created_at', 'DESC')
      .addOrderBy('manual.id', 'DESC')
      .getMany();
  }

  chaptersOf(manual: Manual): Promise<ManualChapter[]> {
    return this.ctx.loaders.chaptersByManualId.load(manual.id);
  }

  /**
   * A chapter's best practices in its order. A published manual shows each with the texts it was
   * published with, so that revising a best practice later does not change it.
   */
  async bestPracticesOf(chapter: ManualChapter): Promise<BestPractice[]> {
    const live = await this.ctx.loaders.bestPracticeById.loadMany(chapter.bestPracticeIds);
    const published = new Map((chapter.publishedTexts ?? []).map((texts) => [texts.id, texts]));
    return live.flatMap((bestPractice) => {
      // A best practice the caller may not read is left out (drafts may cite decided, unannounced ones).
      if (!bestPractice || bestPractice instanceof Error) return [];
      const texts = published.get(bestPractice.id);
      return texts ? [{ ...bestPractice, ...texts, updatedAt: new Date(texts.updatedAt) }] : [bestPractice];
    });
  }

  /** A new draft manual: admins only; every best practice named must exist. */
  async create(input: CreateManualInput): Promise<Manual> {
    requireToChange(this.ctx.viewer, editsManuals, ONLY_ADMINS);
    const id = await this.ctx.dataSource.transaction(async (tx) => {
      await refuseUnknownBestPractices(tx, input.chapters);
      const { identifiers } = await tx.getRepository(Manual).insert({
        title: input.title.trim(),
        introduction: input.introduction.trim(),
        language: input.language,
        status: ManualStatus.DRAFT,
        publishedAt: null,
      });
      const manualId = identifiers[0].id as string;
      await insertChapters(tx, manualId, input.chapters);
      return manualId;
    });
    return (await this.byId(id))!;
  }

  /** Changes a draft manual: admins only, at the version the caller read; a published one never changes. */
  async revise(input: ReviseManualInput): Promise<Manual> {
    requireToChange(this.ctx.viewer, editsManuals, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      const current = await lockDraft(tx, input.manualId, input.expectedVersion);
      if (input.chapters) await refuseUnknownBestPractices(tx, input.chapters);
      await tx
        .createQueryBuilder()
        .update(Manual)
        .set({
          title: input.title?.trim() ?? current.title,
          introduction: input.introduction?.trim() ?? current.introduction,
          language: input.language ?? current.language,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: current.id })
        .execute();
      if (input.chapters) {
        await tx.getRepository(ManualChapter).delete({ manualId: current.id });
        await insertChapters(tx, current.id, input.chapters);
      }
    });
    return this.fresh(input.manualId);
  }

  /**
   * Publishes a draft manual, which then never changes (the database refuses it too): at least one
   * chapter, each with at least one best practice, and every best practice of an ANNOUNCED edition,
   * so that the public reads every chapter whole. The best practices' texts are kept as they are now.
   */
  async publish(input: PublishManualInput): Promise<Manual> {
    requireToChange(this.ctx.viewer, editsManuals, ONLY_ADMINS);
    await this.ctx.dataSource.transaction(async (tx) => {
      const manual = await lockDraft(tx, input.manualId, input.expectedVersion);
      const chapters = await tx.getRepository(ManualChapter).find({
        where: { manualId: manual.id },
        order: { position: 'ASC' },
      });
      const ids = [...new Set(chapters.flatMap((c) => c.bestPracticeIds))];
      // FOR SHARE: a revision of one of them waits until the texts are copied, or this waits for it.
      const bestPractices = ids.length
        ? await tx.getRepository(BestPractice).find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_read' } })
        : [];
      const byId = new Map(bestPractices.map((b) => [b.id, b]));
      const editions = new Map(
        (
          await tx.getRepository(AwardEdition).findBy({ id: In([...new Set(bestPractices.map((b) => b.editionId))]) })
        ).map((e) => [e.id, e]),
      );
      const problems: FieldProblem[] = [];
      if (!chapters.length) problems.push({ field: 'chapters', message: 'a manual needs at least one chapter' });
      chapters.forEach((chapter, c) => {
        if (!chapter.bestPracticeIds.length) {
          problems.push({
            field: `chapters.${c}.bestPracticeIds`,
            message: 'a chapter needs at least one best practice',
          });
        }
        chapter.bestPracticeIds.forEach((id, b) => {
          const edition = editions.get(byId.get(id)?.editionId ?? '');
          if (edition?.phase !== AwardEditionPhase.ANNOUNCED) {
            problems.push({
              field: `chapters.${c}.bestPracticeIds.${b}`,
              message: `is a best practice of "${edition?.title}", whose results are not announced yet`,
            });
          }
        });
      });
      if (problems.length) {
        throw badUserInput(
          `"${manual.title}" cannot be published yet: it needs chapters, each with best practices of announced editions.`,
          problems,
        );
      }
      for (const chapter of chapters) {
        const publishedTexts: PublishedBestPracticeTexts[] = chapter.bestPracticeIds.map((id) => {
          const b = byId.get(id)!;
          const { whatWorks, lessons, transferability, themes, version } = b;
          return { id, whatWorks, lessons, transferability, themes, version, updatedAt: b.updatedAt.toISOString() };
        });
        await tx.getRepository(ManualChapter).update(chapter.id, { publishedTexts });
      }
      await tx
        .createQueryBuilder()
        .update(Manual)
        .set({ status: ManualStatus.PUBLISHED, publishedAt: () => 'now()', version: () => 'version + 1' })
        .where('id = :id', { id: manual.id })
        .execute();
    });
    return this.fresh(input.manualId);
  }

  private async fresh(id: string): Promise<Manual> {
    this.ctx.loaders.manualById.clear(id);
    this.ctx.loaders.chaptersByManualId.clear(id);
    return (await this.byId(id))!;
  }

  static loadMany(ctx: LoaderContext, ids: readonly string[]): Promise<Manual[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return onlyVisibleManuals(ctx.dataSource.getRepository(Manual).createQueryBuilder('manual'), ctx.viewer)
      .andWhere('manual.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** The chapters of manuals already read through `loadMany`, in order. */
  static loadChapters(ctx: Pick<AwardsContext, 'dataSource'>, manualIds: readonly string[]): Promise<ManualChapter[]> {
    const valid = manualIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource.getRepository(ManualChapter).find({
      where: { manualId: In(valid) },
      order: { manualId: 'ASC', position: 'ASC' },
    });
  }
}

/** The manual, locked for the change: NOT_FOUND, CONFLICT when published or when the version is stale. */
async function lockDraft(tx: EntityManager, id: string, expectedVersion: number): Promise<Manual> {
  const manual = isUuid(id)
    ? await tx.getRepository(Manual).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!manual) throw notFound('Manual', id);
  if (manual.status === ManualStatus.PUBLISHED) {
    throw conflict(`"${manual.title}" is published and never changes; start a new manual instead.`);
  }
  if (expectedVersion !== manual.version) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `Someone else changed "${manual.title}" in the meantime (version ${manual.version}, you sent ${expectedVersion}); reload it and try again.`,
      { currentVersion: manual.version, expectedVersion },
    );
  }
  return manual;
}

/** BAD_USER_INPUT naming each best-practice id that does not exist or is named twice in one chapter. */
async function refuseUnknownBestPractices(tx: EntityManager, chapters: ManualChapterInput[]): Promise<void> {
  const ids = [...new Set(chapters.flatMap((c) => c.bestPracticeIds))];
  const existing = new Set(
    ids.length
      ? (await tx.getRepository(BestPractice).find({ where: { id: In(ids) }, select: { id: true } })).map((b) => b.id)
      : [],
  );
  const problems: FieldProblem[] = [];
  chapters.forEach((chapter, c) => {
    const seen = new Set<string>();
    chapter.bestPracticeIds.forEach((id, b) => {
      const field = `chapters.${c}.bestPracticeIds.${b}`;
      if (!existing.has(id)) problems.push({ field, message: 'is not a best practice' });
      else if (seen.has(id)) problems.push({ field, message: 'is already in this chapter' });
      seen.add(id);
    });
  });
  if (problems.length) {
    throw badUserInput('A chapter lists existing best practices, each once.', problems);
  }
}

async function insertChapters(tx: EntityManager, manualId: string, chapters: ManualChapterInput[]): Promise<void> {
  if (!chapters.length) return;
  await tx.getRepository(ManualChapter).insert(
    chapters.map((chapter, index) => ({
      manualId,
      position: index + 1,
      title: chapter.title.trim(),
      introduction: chapter.introduction.trim(),
      theme: chapter.theme ?? null,
      bestPracticeIds: chapter.bestPracticeIds,
      publishedTexts: null,
    })),
  );
}
