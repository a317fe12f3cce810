import { In, IsNull, type EntityManager } from 'typeorm';
import {
  ANONYMOUS,
  badUserInput,
  conflict,
  DomainError,
  ErrorCode,
  forbidden,
  hasScope,
  isSafeText,
  notFound,
  recordAudit,
  Scope,
  type FieldProblem,
  type Viewer,
  isUuid,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryStatus } from '../stories/story.enums';
import { isAtRisk } from '../stories/story-risk';
import { StoryService } from '../stories/story.service';
import { recordStatusChange } from '../stories/story-status.service';
import { assertMayWrite, mayChangeStory, maySeeConsentDetails } from '../stories/story.access';
import { Consent } from './consent.entity';
import { ConsentChannel, ConsentGiver, ConsentScope } from './consent.enums';
import { ConsentWithdrawalCode } from './consent-withdrawal-code.entity';
import type { RecordConsentInput, WithdrawConsentInput, WithdrawConsentWithCodeInput } from './consent.input';
import type { WithdrawConsentPayload, WithdrawConsentWithCodePayload } from './consent.payload';
import { generateWithdrawalCode, hashWithdrawalCode, normalizeWithdrawalCode } from './withdrawal-code';

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

/** A recorded consent with the withdrawal code issued for it (shown once, stored hashed). */
export interface RecordedConsent {
  consent: Consent;
  story: Story;
  withdrawalCode: string;
}

/** Audit actions of this domain (ids and field names only, never a code or a reason). */
export const ConsentAuditAction = {
  CONSENT_RECORDED: 'CONSENT_RECORDED',
  CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN',
  CONSENT_WITHDRAWN_BY_CODE: 'CONSENT_WITHDRAWN_BY_CODE',
} as const;

/** Who a status-history line names when the storyteller withdrew with their code. */
const STORYTELLER_WITH_CODE: Viewer = Object.freeze({ ...ANONYMOUS, displayName: 'The storyteller' }) as Viewer;
export const WITHDRAWN_WITH_CODE_REASON = 'Withdrawn by the storyteller with their code.';

/** Client clocks run a little ahead; a consent "given" a minute from now is a clock, not a mistake. */
const CLOCK_SKEW_MS = 60_000;

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

  /** Every consent of the story, newest first, for admins and its country's coordinator; [] for others. */
  async history(story: Story): Promise<Consent[]> {
    if (!maySeeConsentDetails(this.ctx.viewer, story)) return [];
    return this.ctx.loaders.consentHistoryByStoryId.load(story.id);
  }

  /**
   * The recordConsent mutation: admins and the coordinator of the story's country record consent
   * (a token never does: tokens belong to organisations). The caller is named as who recorded it.
   */
  async recordFromInput(input: RecordConsentInput): Promise<RecordedConsent> {
    const { viewer } = this.ctx;
    assertMayWrite(viewer, 'record consent');
    return this.recordWithCode(
      input.storyId,
      {
        givenBy: input.givenBy,
        givenAt: input.givenAt,
        scope: input.scope,
        channels: input.channels ?? [],
        mayShowName: input.mayShowName ?? false,
        mayShowImage: input.mayShowImage ?? false,
        expiresAt: input.expiresAt ?? null,
        evidenceReference: input.evidenceReference,
        recordedBy: viewer.displayName?.trim() || (viewer.kind === 'TOKEN' ? 'API token' : 'Unknown'),
      },
      { refuseWithdrawnStory: true },
    );
  }

  /** Records a consent and returns only the consent (seeds and tests; the code is still issued). */
  async record(storyId: string, input: NewConsent): Promise<Consent> {
    return (await this.recordWithCode(storyId, input)).consent;
  }

  /**
   * Makes `input` the story's current consent (the previous one stays as history) and issues a new
   * withdrawal code for the storyteller. A minor's story takes consent only from a guardian (the
   * database refuses it too); an at-risk storyteller's name and image are never allowed.
   */
  async recordWithCode(
    storyId: string,
    input: NewConsent,
    options: { refuseWithdrawnStory?: boolean } = {},
  ): Promise<RecordedConsent> {
    const { viewer } = this.ctx;
    const recorded = await this.ctx.dataSource.transaction(async (tx) => {
      const story = isUuid(storyId)
        ? await tx.getRepository(Story).findOne({ where: { id: storyId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!story) throw notFound('Story', storyId);
      if (!maySeeConsentDetails(viewer, story) || !hasScope(viewer, Scope.WRITE)) {
        // Whoever cannot see the story does not learn that it exists.
        const [visible] = await StoryService.loadVisible(this.ctx, [storyId]);
        if (!visible) throw notFound('Story', storyId);
        throw forbidden("Only admins and the coordinator of the story's country record consent.");
      }
      // Nothing leaves WITHDRAWN: a new consent on it would change nothing and mislead staff. Seeds
      // that build withdrawn stories from parts record their consent all the same.
      if (options.refuseWithdrawnStory && story.status === StoryStatus.WITHDRAWN) {
        throw conflict(
          "This story's consent was withdrawn and a withdrawn story takes no new consent; if the storyteller agrees anew, record the story again.",
        );
      }
      const problems = consentProblems(story, input);
      if (problems.length) throw badUserInput(problems[0].message, problems);

      const consents = tx.getRepository(Consent);
      await consents.update({ storyId, supersededAt: IsNull() }, { supersededAt: new Date() });
      const consent = await consents.save(
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
      const withdrawalCode = generateWithdrawalCode();
      await tx.getRepository(ConsentWithdrawalCode).insert({
        storyId,
        codeHash: hashWithdrawalCode(normalizeWithdrawalCode(withdrawalCode)!),
      });
      await recordAudit(
        this.ctx,
        {
          action: ConsentAuditAction.CONSENT_RECORDED,
          subjectType: 'Story',
          subjectId: storyId,
          details: { consentId: consent.id, scope: consent.scope },
        },
        tx,
      );
      return { consent, story, withdrawalCode };
    });
    // The story and its consent changed: this request's loaders must not answer from before.
    this.ctx.loaders.currentConsentByStoryId.clear(storyId);
    this.ctx.loaders.storyById.clear(storyId);
    const story = (await this.ctx.dataSource.getRepository(Story).findOneBy({ id: storyId })) ?? recorded.story;
    return { ...recorded, story };
  }

  /**
   * Withdraws the current consent of a story and takes the story out of publication, at once: the
   * next request no longer finds it anywhere. Staff who may change the story do it (admins, the
   * coordinator of its country, the organisation that recorded it); a story the caller cannot see
   * is NOT_FOUND, so hidden stories cannot be probed.
   */
  async withdraw(input: WithdrawConsentInput): Promise<WithdrawConsentPayload> {
    const { viewer } = this.ctx;
    assertMayWrite(viewer, 'withdraw the consent of a story');
    const [visible] = await StoryService.loadVisible(this.ctx, [input.storyId]);
    if (!visible) throw notFound('Story', input.storyId);
    if (!mayChangeStory(viewer, visible)) {
      throw forbidden(
        "Only admins, the coordinator of the story's country and the organisation that recorded it may withdraw its consent.",
      );
    }
    const reason = input.reason.trim();
    return this.ctx.dataSource.transaction(async (tx) => {
      const outcome = await withdrawConsentInTransaction(tx, input.storyId, {
        by: viewer,
        consentReason: reason,
        historyReason: reason,
      });
      // A draft seen before any consent was recorded has nothing to withdraw.
      if (outcome === 'NO_CONSENT') {
        throw conflict('No consent has been recorded for this story, so there is none to withdraw.');
      }
      // Someone else withdrew it between the check and now: for this caller it is gone either way.
      if (outcome.alreadyWithdrawn) throw notFound('Story', input.storyId);
      await recordAudit(
        this.ctx,
        { action: ConsentAuditAction.CONSENT_WITHDRAWN, subjectType: 'Story', subjectId: input.storyId },
        tx,
      );
      return { storyId: input.storyId, withdrawnAt: outcome.withdrawnAt };
    });
  }

  /**
   * The storyteller withdraws with the code they received, without an account: the same change as
   * a staff withdrawal (one transaction function for both). Idempotent: a code whose story is
   * already withdrawn answers when that happened. The answer says nothing about the story, and the
   * audit line names the story by id, never the code.
   */
  async withdrawWithCode(input: WithdrawConsentWithCodeInput): Promise<WithdrawConsentWithCodePayload> {
    const normalized = normalizeWithdrawalCode(input.code);
    if (!normalized) {
      throw badUserInput(
        'A withdrawal code has 20 letters and digits in five groups of four, like 7KQ2-XM9D-4T1P-HV0C-88RZ. Check the code you typed.',
        [{ field: 'code', message: 'must be 20 letters and digits' }],
      );
    }
    const reason = input.reason?.trim() || null;
    return this.ctx.dataSource.transaction(async (tx) => {
      const issued = await tx
        .getRepository(ConsentWithdrawalCode)
        .findOneBy({ codeHash: hashWithdrawalCode(normalized) });
      if (!issued) throw unknownCode();
      const outcome = await withdrawConsentInTransaction(tx, issued.storyId, {
        by: STORYTELLER_WITH_CODE,
        consentReason: reason,
        historyReason: WITHDRAWN_WITH_CODE_REASON,
      });
      if (outcome === 'NO_CONSENT') throw unknownCode();
      await tx.getRepository(ConsentWithdrawalCode).update({ id: issued.id }, { lastUsedAt: new Date() });
      await recordAudit(
        this.ctx,
        {
          action: ConsentAuditAction.CONSENT_WITHDRAWN_BY_CODE,
          subjectType: 'Story',
          subjectId: issued.storyId,
          details: { alreadyWithdrawn: outcome.alreadyWithdrawn },
        },
        tx,
      );
      return { withdrawnAt: outcome.withdrawnAt };
    });
  }

  static loadCurrent(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<Consent[]> {
    return ctx.dataSource.getRepository(Consent).findBy({ storyId: In([...storyIds]), supersededAt: IsNull() });
  }

  /** The consents of many stories, newest first, in one statement. */
  static loadHistories(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<Consent[]> {
    const valid = storyIds.filter((id) => isUuid(id));
    if (valid.length === 0) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(Consent)
      .find({ where: { storyId: In(valid) }, order: { recordedAt: 'DESC', givenAt: 'DESC' } });
  }
}

const unknownCode = () =>
  new DomainError(
    ErrorCode.NOT_FOUND,
    'This withdrawal code is not recognised. Check it for typing mistakes; if the story was already deleted for good, there is nothing left to withdraw.',
  );

/** What a withdrawal did: when, and whether the story had already been withdrawn before. */
export interface WithdrawalOutcome {
  withdrawnAt: Date;
  alreadyWithdrawn: boolean;
}

/**
 * THE withdrawal, for staff and for the storyteller's code alike, inside the caller's transaction:
 * the story's current consent is marked withdrawn, the story becomes WITHDRAWN (so every read rule
 * hides it from the next statement on), and the move is written to its status history. A consent
 * already withdrawn is left as it is and its date returned. 'NO_CONSENT': the story is gone or never
 * had a consent.
 */
export async function withdrawConsentInTransaction(
  tx: EntityManager,
  storyId: string,
  change: { by: Viewer; consentReason: string | null; historyReason: string },
): Promise<WithdrawalOutcome | 'NO_CONSENT'> {
  const story = await tx.getRepository(Story).findOne({ where: { id: storyId }, lock: { mode: 'pessimistic_write' } });
  if (!story) return 'NO_CONSENT';
  const current = await tx.getRepository(Consent).findOneBy({ storyId, supersededAt: IsNull() });
  if (!current) return 'NO_CONSENT';

  let withdrawnAt = current.withdrawnAt;
  const alreadyWithdrawn = withdrawnAt !== null && story.status === StoryStatus.WITHDRAWN;
  if (withdrawnAt === null) {
    withdrawnAt = new Date();
    await tx.getRepository(Consent).update({ id: current.id }, { withdrawnAt, withdrawalReason: change.consentReason });
  }
  if (story.status !== StoryStatus.WITHDRAWN) {
    await tx
      .createQueryBuilder()
      .update(Story)
      .set({ status: StoryStatus.WITHDRAWN, version: () => 'version + 1' })
      .where('id = :storyId', { storyId })
      .execute();
    await recordStatusChange(tx, change.by, {
      storyId,
      fromStatus: story.status,
      toStatus: StoryStatus.WITHDRAWN,
      reason: change.historyReason,
      changedAt: withdrawnAt,
    });
  }
  return { withdrawnAt, alreadyWithdrawn };
}

function consentProblems(story: Story, input: NewConsent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (story.isMinor && input.givenBy !== ConsentGiver.GUARDIAN) {
    problems.push({ field: 'givenBy', message: "A minor's story needs consent from a parent or legal guardian." });
  }
  if (!(input.givenAt instanceof Date) || Number.isNaN(input.givenAt.getTime())) {
    problems.push({ field: 'givenAt', message: 'Say when consent was given.' });
  } else if (input.givenAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    problems.push({ field: 'givenAt', message: 'Consent cannot be given in the future: use the date it was given.' });
  }
  if (input.expiresAt && input.expiresAt <= input.givenAt) {
    problems.push({ field: 'expiresAt', message: 'A consent must expire after it was given.' });
  }
  if (input.scope === ConsentScope.INTERNAL && (input.channels ?? []).length > 0) {
    problems.push({
      field: 'channels',
      message:
        'A consent for internal use covers no publication channels: choose network or public scope to publish the story.',
    });
  }
  if (isAtRisk(story)) {
    const why = story.isMinor ? 'is a minor' : 'is at risk';
    if (input.mayShowName) {
      problems.push({
        field: 'mayShowName',
        message: `This storyteller ${why}: their name is never shown, whatever the consent says. Record the consent without showing the name.`,
      });
    }
    if (input.mayShowImage) {
      problems.push({
        field: 'mayShowImage',
        message: `This storyteller ${why}: no image showing them is ever shown. Record the consent without showing images.`,
      });
    }
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
