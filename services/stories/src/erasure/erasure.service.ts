import {
  canReadNetwork,
  coordinatesCountry,
  forbidden,
  notFound,
  paginate,
  recordAudit,
  Role,
  type Connection,
  isUuid,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { Consent } from '../consents/consent.entity';
import { eraseStoryMedia } from '../media/media.erasure';
import { Story } from '../stories/story.entity';
import { StoryService } from '../stories/story.service';
import { assertMayWrite } from '../stories/story.access';
import { mayEraseAtAll } from './erasure.access';
import type { EraseStoryInput } from './erasure.input';
import type { StoryTombstonesArgs } from './story-tombstone.args';
import { StoryTombstone } from './story-tombstone.entity';

export const STORY_ERASED = 'STORY_ERASED';

export class ErasureService {
  constructor(private readonly ctx: StoriesContext) {}

  /**
   * Deletes a story's personal data for good, in one transaction: the story (with its text, display
   * name and risk flags), every consent with its evidence reference, its withdrawal codes,
   * translations, status history and media rows; the stored media files go right after the commit.
   * What stays: a tombstone with dates, the publications (their takedown list names the story id)
   * and the append-only audit log, which holds ids and field names only.
   *
   * Admins and the coordinator of the story's country erase any story, withdrawn ones included (they
   * are hidden from every read, so the story is loaded directly). Erasing it again answers its tombstone.
   */
  async erase(input: EraseStoryInput): Promise<StoryTombstone> {
    const { viewer } = this.ctx;
    assertMayWrite(viewer, 'erase a story');
    if (!mayEraseAtAll(viewer))
      throw forbidden("Only admins and the coordinator of the story's country erase stories.");
    const reason = input.reason.trim();

    let deleteStoredFiles: (() => Promise<void>) | null = null;
    const tombstone = await this.ctx.dataSource.transaction(async (tx) => {
      const story = isUuid(input.storyId)
        ? await tx.getRepository(Story).findOne({ where: { id: input.storyId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!story) {
        const erased = await tx.getRepository(StoryTombstone).findOneBy({ id: input.storyId });
        if (erased && coordinatesCountry(viewer, erased.countryCode)) return erased;
        throw notFound('Story', input.storyId);
      }
      if (!coordinatesCountry(viewer, story.countryCode)) {
        // Whoever cannot see the story does not learn that it exists.
        const [visible] = await StoryService.loadVisible(this.ctx, [story.id]);
        if (!visible) throw notFound('Story', input.storyId);
        throw forbidden("Only admins and the coordinator of the story's country erase stories.");
      }

      const consents = await tx.getRepository(Consent).findBy({ storyId: story.id });
      const withdrawals = consents.flatMap((c) => (c.withdrawnAt ? [c.withdrawnAt.getTime()] : []));
      deleteStoredFiles = await eraseStoryMedia(tx, story.id);
      // Consent refers to the story without cascading (its foreign key keeps the minor's flag in
      // step), so it goes first; translations, status history and codes cascade with the story.
      await tx.getRepository(Consent).delete({ storyId: story.id });
      await tx.getRepository(Story).delete({ id: story.id });

      const repository = tx.getRepository(StoryTombstone);
      const erased = await repository.save(
        repository.create({
          id: story.id,
          countryCode: story.countryCode,
          recordedAt: story.createdAt,
          publishedAt: story.publishedAt,
          consentWithdrawnAt: withdrawals.length ? new Date(Math.max(...withdrawals)) : null,
          erasedAt: new Date(),
          erasedBy: viewer.displayName?.trim() || 'Unknown',
          reason,
        }),
      );
      await recordAudit(
        this.ctx,
        { action: STORY_ERASED, subjectType: 'Story', subjectId: story.id, details: { consents: consents.length } },
        tx,
      );
      return erased;
    });

    if (deleteStoredFiles) await this.afterCommit(deleteStoredFiles, tombstone.id);
    this.ctx.loaders.storyById.clear(tombstone.id);
    this.ctx.loaders.currentConsentByStoryId.clear(tombstone.id);
    return tombstone;
  }

  /** The rows are gone and committed; a stored file that resists is logged by id, never fails the erasure. */
  private async afterCommit(deleteStoredFiles: () => Promise<void>, storyId: string): Promise<void> {
    try {
      await deleteStoredFiles();
    } catch (error) {
      this.ctx.logger.error({ err: error, storyId }, 'stored media files of an erased story could not all be deleted');
    }
  }

  /**
   * Tombstones of erased stories, newest first: admins see every country (or the one asked for),
   * a national coordinator only theirs; anyone else gets an empty list.
   */
  list(args: StoryTombstonesArgs): Promise<Connection<StoryTombstone>> {
    const { viewer } = this.ctx;
    const query = this.ctx.dataSource.getRepository(StoryTombstone).createQueryBuilder('tombstone');
    const asked = args.countryCode?.toUpperCase() ?? null;
    if (canReadNetwork(viewer) && viewer.role === Role.ADMIN) {
      if (asked) query.andWhere('tombstone.country_code = :asked', { asked });
    } else if (canReadNetwork(viewer) && viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) {
      query.andWhere('tombstone.country_code = :own', { own: viewer.countryCode });
      if (asked && asked !== viewer.countryCode) query.andWhere('false');
    } else {
      query.andWhere('false');
    }
    return paginate(query, args, { column: 'tombstone.erased_at', value: (t) => t.erasedAt, direction: 'DESC' });
  }
}
