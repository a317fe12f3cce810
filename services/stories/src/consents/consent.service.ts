import { isUUID } from 'class-validator';
import { In, IsNull } from 'typeorm';
import {
  badUserInput,
  forbidden,
  hasScope,
  isNetworkMember,
  isSafeText,
  notFound,
  Scope,
  unauthenticated,
  type FieldProblem,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryStatus } from '../stories/story.enums';
import { StoryService } from '../stories/story.service';
import { recordStatusChange } from '../stories/story-status.service';
import { mayChangeStory, maySeeConsentDetails } from '../stories/story.visibility';
import { Consent } from './consent.entity';
import { ConsentChannel, ConsentGiver, ConsentScope } from './consent.enums';
import type { WithdrawConsentInput } from './consent.input';
import type { WithdrawConsentPayload } from './consent.payload';

/** A consent as staff record it from the signed form or recording. */
export interface NewConsent {
  givenBy: ConsentGiver;
  givenAt: Date;
  scope: ConsentScope;
  channels?: ConsentChannel[];
  mayShowName?: boolean;
  mayShowImage?: boolean;
  expiresAt?: Date | null;
  evidenceReference: string;
  /** Display name of the staff member recording it. */
  recordedBy: string;
}

type DataSourceOnly = Pick<StoriesContext, 'dataSource'>;

export class ConsentService {
  constructor(private readonly ctx: StoriesContext) {}

  current(storyId: string): Promise<Consent | null> {
    return this.ctx.loaders.currentConsentByStoryId.load(storyId);
  }

  /**
   * The consent itself when the caller may see its evidence and who recorded it, otherwise null.
   * The story was read under the caller's rules earlier in this request, so this costs no statement;
   * handing it out recorded the reading of these details in the audit log (StoryService.auditReads).
   */
  async withDetails(consent: Consent): Promise<Consent | null> {
    const story = await this.ctx.loaders.storyById.load(consent.storyId);
    return story && maySeeConsentDetails(this.ctx.viewer, story) ? consent : null;
  }

  /**
   * Makes `input` the story's current consent; the previous one stays as history. A minor's story
   * takes consent only from a guardian (the database refuses it too).
   */
  async record(storyId: string, input: NewConsent): Promise<Consent> {
    return this.ctx.dataSource.transaction(async (tx) => {
      const story = isUUID(storyId)
        ? await tx.getRepository(Story).findOne({ where: { id: storyId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!story) throw notFound('Story', storyId);
      if (!maySeeConsentDetails(this.ctx.viewer, story)) {
        throw forbidden("Only admins and the coordinator of the story's country record consent.");
      }
      const problems = consentProblems(story, input);
      if (problems.length) throw badUserInput(problems[0].message, problems);

      await tx.getRepository(Consent).update({ storyId, supersededAt: IsNull() }, { supersededAt: new Date() });
      const consents = tx.getRepository(Consent);
      return consents.save(
        consents.create({
          storyId,
          forMinor: story.isMinor,
          givenBy: input.givenBy,
          givenAt: input.givenAt,
          scope: input.scope,
          channels: [...new Set(input.channels ?? [])],
          mayShowName: input.mayShowName ?? false,
          mayShowImage: input.mayShowImage ?? false,
          expiresAt: input.expiresAt ?? null,
          evidenceReference: input.evidenceReference.trim(),
          recordedBy: input.recordedBy.trim(),
        }),
      );
    });
  }

  /**
   * Withdraws the current consent of a story and takes the story out of publication, at once: the
   * next request no longer finds it anywhere. Staff who may change the story do it (admins, the
   * coordinator of its country, the organisation that recorded it); a story the caller cannot see
   * is NOT_FOUND, so hidden stories cannot be probed.
   */
  async withdraw(input: WithdrawConsentInput): Promise<WithdrawConsentPayload> {
    const { viewer } = this.ctx;
    if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to withdraw the consent of a story.');
    if (!hasScope(viewer, Scope.WRITE)) throw forbidden('This API token has no WRITE scope: it cannot change stories.');
    const [visible] = await StoryService.loadVisible(this.ctx, [input.storyId]);
    if (!visible) throw notFound('Story', input.storyId);
    if (!mayChangeStory(viewer, visible)) {
      throw forbidden(
        "Only admins, the coordinator of the story's country and the organisation that recorded it may withdraw its consent.",
      );
    }
    return this.ctx.dataSource.transaction(async (tx) => {
      const withdrawnAt = new Date();
      const locked = await tx
        .getRepository(Story)
        .findOne({ where: { id: input.storyId }, lock: { mode: 'pessimistic_write' } });
      const result = await tx
        .createQueryBuilder()
        .update(Consent)
        .set({ withdrawnAt, withdrawalReason: input.reason.trim() })
        .where('story_id = :storyId AND superseded_at IS NULL AND withdrawn_at IS NULL', { storyId: input.storyId })
        .execute();
      // Someone else withdrew it between the check and now: for this caller it is gone either way.
      if (!result.affected) throw notFound('Story', input.storyId);
      await tx
        .createQueryBuilder()
        .update(Story)
        .set({ status: StoryStatus.WITHDRAWN, version: () => 'version + 1' })
        .where('id = :storyId', { storyId: input.storyId })
        .execute();
      if (locked && locked.status !== StoryStatus.WITHDRAWN) {
        await recordStatusChange(tx, viewer, {
          storyId: input.storyId,
          fromStatus: locked.status,
          toStatus: StoryStatus.WITHDRAWN,
          reason: input.reason.trim(),
          changedAt: withdrawnAt,
        });
      }
      return { storyId: input.storyId, withdrawnAt };
    });
  }

  static loadCurrent(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<Consent[]> {
    return ctx.dataSource.getRepository(Consent).findBy({ storyId: In([...storyIds]), supersededAt: IsNull() });
  }
}

function consentProblems(story: Story, input: NewConsent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (story.isMinor && input.givenBy !== ConsentGiver.GUARDIAN) {
    problems.push({ field: 'givenBy', message: "A minor's story needs consent from a parent or legal guardian." });
  }
  if (input.expiresAt && input.expiresAt <= input.givenAt) {
    problems.push({ field: 'expiresAt', message: 'A consent must expire after it was given.' });
  }
  if (!isSafeText(input.evidenceReference, 500, 1)) {
    problems.push({
      field: 'evidenceReference',
      message: 'Say where the signed form or recording is kept (at most 500 characters).',
    });
  }
  if (!isSafeText(input.recordedBy, 200, 1))
    problems.push({ field: 'recordedBy', message: 'must be 1 to 200 characters' });
  return problems;
}
