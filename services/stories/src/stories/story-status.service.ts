import { In, IsNull, type EntityManager } from 'typeorm';
import {
  conflict,
  DomainError,
  ErrorCode,
  forbidden,
  hasScope,
  isNetworkMember,
  isSafeText,
  notFound,
  Scope,
  unauthenticated,
  type Viewer,
  isUuid,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { Consent } from '../consents/consent.entity';
import { Story } from './story.entity';
import { StoryStatus } from './story.enums';
import { StoryStatusChange } from './story-status-change.entity';
import { allowedMoves, isAllowedMove, reasonRequired } from './story-status.rules';
import { StoryService } from './story.service';
import { isAtRisk } from './story-risk';
import { mayChangeStory } from './story.access';

export interface MoveStoryStatus {
  storyId: string;
  toStatus: StoryStatus;
  reason?: string | null;
  expectedVersion: number;
}

type DataSourceOnly = Pick<StoriesContext, 'dataSource'>;

/** Who a history row names: the caller's display name, or what they are when they have none. */
const changedBy = (viewer: Viewer) => viewer.displayName?.trim() || (viewer.kind === 'TOKEN' ? 'API token' : 'Unknown');

/** Appends one move to a story's history inside the caller's transaction. */
export function recordStatusChange(
  tx: EntityManager,
  viewer: Viewer,
  change: { storyId: string; fromStatus: StoryStatus; toStatus: StoryStatus; reason: string | null; changedAt?: Date },
): Promise<StoryStatusChange> {
  const repository = tx.getRepository(StoryStatusChange);
  return repository.save(
    repository.create({
      storyId: change.storyId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      reason: change.reason,
      changedAt: change.changedAt ?? new Date(),
      changedBy: changedBy(viewer),
      changedById: viewer.id,
    }),
  );
}

/**
 * Whether the caller may move this story through the workflow: the staff who may change it
 * (admins, the coordinator of its country, members of the recording organisation; a token only with
 * WRITE), on a story they see or on their draft whose consent is not recorded yet; only publishing
 * needs a current, valid consent.
 */
const isStaffOfTheStory = (viewer: Viewer, story: Story) => mayChangeStory(viewer, story);

export class StoryStatusService {
  constructor(private readonly ctx: StoriesContext) {}

  async move(input: MoveStoryStatus): Promise<{ story: Story; change: StoryStatusChange }> {
    const { viewer } = this.ctx;
    if (!isNetworkMember(viewer)) throw unauthenticated("Sign in to change a story's status.");
    const reason = input.reason?.trim() || null;
    if (input.reason != null && !isSafeText(input.reason, 1000)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A reason is at most 1000 characters of plain text.', {
        problems: [{ field: 'reason', message: 'must be at most 1000 characters' }],
      });
    }
    return this.ctx.dataSource.transaction(async (tx) => {
      const story = isUuid(input.storyId)
        ? await tx.getRepository(Story).findOne({ where: { id: input.storyId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!story || story.status === StoryStatus.WITHDRAWN) throw notFound('Story', input.storyId);
      const [visible] = await StoryService.loadVisible(this.ctx, [story.id]);
      const staffWhateverTheScopes = mayChangeStory({ ...viewer, scopes: [...viewer.scopes, Scope.WRITE] }, story);
      // A draft whose consent is not recorded yet is the recording staff's to take through review;
      // a story whose consent expired or was withdrawn is nobody's to see, so it is not found.
      if (!visible && !(staffWhateverTheScopes && !(await hasCurrentConsent(tx, story.id)))) {
        throw notFound('Story', input.storyId);
      }
      if (!isStaffOfTheStory(viewer, story)) {
        throw forbidden(
          hasScope(viewer, Scope.WRITE)
            ? "Only admins, the coordinator of the story's country and the organisation that recorded it change its status."
            : 'This API token has no WRITE scope: it cannot change stories.',
        );
      }
      if (story.version !== input.expectedVersion) {
        throw conflict(
          `The story was changed meanwhile (version ${story.version}, you sent ${input.expectedVersion}); reload it and try again.`,
        );
      }
      const from = story.status;
      const to = input.toStatus;
      if (!isAllowedMove(from, to)) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          to === StoryStatus.WITHDRAWN
            ? 'A story is withdrawn only by withdrawing its consent.'
            : `A story cannot move from ${from} to ${to}.`,
          { fromStatus: from, toStatus: to, allowedStatuses: [...allowedMoves(from)] },
        );
      }
      if (reasonRequired(from, to) && !reason) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say which changes are needed when sending a story back.', {
          problems: [{ field: 'reason', message: 'is required when sending a story back to draft' }],
        });
      }
      // Also when an archived story comes back: its storyteller may have become at risk since.
      if (to === StoryStatus.PUBLISHED && isAtRisk(story)) {
        await assertSecondReviewer(tx, story.id, viewer);
      }
      if (to === StoryStatus.PUBLISHED) await assertPublishable(tx, story.id);

      const changedAt = new Date();
      const firstPublication = to === StoryStatus.PUBLISHED && !story.publishedAt;
      const result = await tx
        .createQueryBuilder()
        .update(Story)
        .set({ status: to, version: () => 'version + 1', ...(firstPublication ? { publishedAt: changedAt } : {}) })
        .where('id = :id AND version = :version', { id: story.id, version: input.expectedVersion })
        .execute();
      if (!result.affected) throw conflict('The story was changed meanwhile; reload it and try again.');
      const change = await recordStatusChange(tx, viewer, {
        storyId: story.id,
        fromStatus: from,
        toStatus: to,
        reason,
        changedAt,
      });
      const updated = await tx.getRepository(Story).findOneByOrFail({ id: story.id });
      return { story: updated, change };
    });
  }

  /** The history of a story, oldest first, for those who may change it; others get an empty list. */
  async history(story: Story): Promise<StoryStatusChange[]> {
    if (!isStaffOfTheStory(this.ctx.viewer, story)) return [];
    return this.ctx.loaders.statusHistoryByStoryId.load(story.id);
  }

  /** The histories of many stories in one statement. */
  static loadHistories(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<StoryStatusChange[]> {
    const valid = storyIds.filter((id) => isUuid(id));
    if (valid.length === 0) return Promise.resolve([]);
    return ctx.dataSource.getRepository(StoryStatusChange).find({
      where: { storyId: In(valid) },
      order: { position: 'ASC' },
    });
  }
}

const hasCurrentConsent = (tx: EntityManager, storyId: string) =>
  tx.getRepository(Consent).exists({ where: { storyId, supersededAt: IsNull() } });

/** Publishing needs a current consent that is neither withdrawn nor expired. */
async function assertPublishable(tx: EntityManager, storyId: string): Promise<void> {
  const consents = await tx.getRepository(Consent).find({ where: { storyId }, order: { recordedAt: 'DESC' } });
  const current = consents.find((c) => c.supersededAt === null);
  if (!current) throw conflict('The story cannot be published: no consent has been recorded for it.');
  if (current.withdrawnAt) throw conflict('The story cannot be published: its consent was withdrawn.');
  const [{ expired }] = (await tx.query('SELECT ($1::timestamptz <= now()) AS expired', [current.expiresAt])) as {
    expired: boolean | null;
  }[];
  if (expired) throw conflict('The story cannot be published: its consent has expired.');
}

/**
 * An at-risk storyteller's story is published by a second reviewer: someone other than the person
 * who approved it (the latest move to APPROVED). The publisher is already known to be staff of the
 * story; so was the approver when they approved. An approval with no one recorded (made by the
 * platform itself) cannot be told apart from the publisher, so it does not count.
 */
async function assertSecondReviewer(tx: EntityManager, storyId: string, viewer: Viewer): Promise<void> {
  const approval = await tx.getRepository(StoryStatusChange).findOne({
    where: { storyId, toStatus: StoryStatus.APPROVED },
    order: { position: 'DESC' },
  });
  if (!approval?.changedById || !viewer.id || approval.changedById === viewer.id) {
    const error = conflict(
      approval?.changedById && approval.changedById === viewer.id
        ? 'The storyteller is at risk: a second reviewer must publish this story, not the person who approved it.'
        : 'The storyteller is at risk: the story must be approved by one reviewer and published by another.',
    );
    Object.assign(error.extensions, { needsSecondReviewer: true });
    throw error;
  }
}
