import type { EntityManager } from 'typeorm';
import {
  badUserInput,
  conflict,
  forbidden,
  hasScope,
  isUuid,
  notFound,
  recordAudit,
  Role,
  Scope,
  type FieldProblem,
  isLanguageCode,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { StoryTranslation } from '../translations/story-translation.entity';
import { Story } from './story.entity';
import { StoryStatus } from './story.enums';
import { effectiveRiskFlags } from './story-risk';
import {
  CLEARABLE_FIELDS,
  EDITABLE_FIELDS,
  isProtectiveOnly,
  statusAfterEdit,
  type EditableField,
} from './story-editing.rules';
import type { CreateStoryInput, UpdateStoryInput } from './story.input';
import { recordStatusChange } from './story-status.service';
import { StoryService } from './story.service';
import { assertMayWrite, mayChangeStory, NO_WRITE_SCOPE } from './story.access';

/** Said when an edit sends an approved story back to review. */
export const BACK_TO_REVIEW_REASON = 'Changed after approval: it needs to be reviewed again.';

/**
 * Optimistic concurrency: a save names the version it was based on; when someone saved in between,
 * it is refused with both versions instead of silently overwriting their work.
 */
export function versionConflict(what: string, current: number, expected: number, message?: string) {
  const error = conflict(
    message ??
      `Someone else saved this ${what} after you opened it (you edited version ${expected}; it is now at ` +
        `version ${current}). Reload it to see their changes, then make yours again.`,
  );
  Object.assign(error.extensions, { currentVersion: current, expectedVersion: expected });
  return error;
}

/**
 * The story `storyId` for a change by the caller, locked in `tx`: NOT_FOUND when the caller may not
 * see it (an unknown id and a hidden story look the same), FORBIDDEN when they see it but may not
 * change it.
 */
export async function storyToChange(ctx: StoriesContext, tx: EntityManager, storyId: string): Promise<Story> {
  if (!isUuid(storyId)) throw badUserInput('A story id is a UUID.', [{ field: 'storyId', message: 'must be a UUID' }]);
  const [visible] = await StoryService.loadVisible(ctx, [storyId]);
  if (!visible) throw notFound('Story', storyId);
  if (!mayChangeStory(ctx.viewer, visible)) {
    throw forbidden(
      hasScope(ctx.viewer, Scope.WRITE)
        ? "Only admins, the coordinator of the story's country and the organisation that recorded it change it."
        : NO_WRITE_SCOPE,
    );
  }
  const locked = await tx.getRepository(Story).findOne({ where: { id: storyId }, lock: { mode: 'pessimistic_write' } });
  if (!locked || locked.status === StoryStatus.WITHDRAWN) throw notFound('Story', storyId);
  return locked;
}

export class StoryEditingService {
  constructor(private readonly ctx: StoriesContext) {}

  /**
   * Records a new story as a DRAFT. Admins record stories of any country, coordinators of their own;
   * organisation members (and their WRITE tokens) for their own organisation and country. The
   * initiative id is not checked against the network subgraph (it holds only ids of other subgraphs).
   */
  async create(input: CreateStoryInput): Promise<Story> {
    const { viewer } = this.ctx;
    assertMayWrite(viewer, 'record a story');
    const { countryCode, organizationId } = this.placeOf(input);
    return this.ctx.dataSource.transaction(async (tx) => {
      const isMinor = input.isMinor ?? false;
      const repository = tx.getRepository(Story);
      const story = await repository.save(
        repository.create({
          title: input.title.trim(),
          text: input.text.trim(),
          summary: input.summary?.trim() ?? '',
          language: input.language,
          kind: input.kind,
          displayName: input.displayName?.trim() || null,
          storytellerRole: input.storytellerRole,
          isMinor,
          riskFlags: effectiveRiskFlags(input.riskFlags ?? [], isMinor),
          themes: input.themes ?? [],
          initiativeId: input.initiativeId ?? null,
          countryCode,
          recordedByOrganizationId: organizationId,
          status: StoryStatus.DRAFT,
          publishedAt: null,
        }),
      );
      await recordAudit(
        this.ctx,
        { action: 'STORY_CREATED', subjectType: 'Story', subjectId: story.id, details: { countryCode } },
        tx,
      );
      return story;
    });
  }

  /** Where a new story belongs, from the caller's role; refuses a country or organisation not theirs. */
  private placeOf(input: CreateStoryInput): { countryCode: string; organizationId: string | null } {
    const { viewer } = this.ctx;
    const given = input.countryCode?.toUpperCase() ?? null;
    switch (viewer.role) {
      case Role.ADMIN:
        if (!given) throw badUserInput('Say which country the story is from.', [countryMissing]);
        return { countryCode: given, organizationId: input.recordedByOrganizationId ?? null };
      case Role.NATIONAL_COORDINATOR: {
        const own = viewer.countryCode;
        if (!own || (given && given !== own))
          throw forbidden('A national coordinator records stories of their own country.');
        return { countryCode: own, organizationId: input.recordedByOrganizationId ?? null };
      }
      case Role.ORGANIZATION_MEMBER: {
        const organization = viewer.organizationId;
        const own = viewer.countryCode;
        if (!organization || !isUuid(organization) || !own) {
          throw forbidden('Only members of a known organisation record stories.');
        }
        if (input.recordedByOrganizationId && input.recordedByOrganizationId !== organization) {
          throw forbidden('Organisation members record stories for their own organisation only.');
        }
        if (given && given !== own)
          throw forbidden("Organisation members record stories of their organisation's country.");
        return { countryCode: own, organizationId: organization };
      }
      default:
        throw forbidden('Only admins, national coordinators and organisation members record stories.');
    }
  }

  /**
   * Changes the fields given (see story-editing.rules.ts for what each status allows): the staff who
   * may change the story, on the version they read; a stale version is a CONFLICT naming both.
   */
  async update(input: UpdateStoryInput): Promise<Story> {
    const { viewer } = this.ctx;
    assertMayWrite(viewer, 'change a story');
    const changes = givenChanges(input);
    const problems = nullProblems(changes);
    if (problems.length) throw badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    return this.ctx.dataSource.transaction(async (tx) => {
      const story = await storyToChange(this.ctx, tx, input.storyId);
      if (story.version !== input.expectedVersion) throw versionConflict('story', story.version, input.expectedVersion);

      const next = applyChanges(story, changes);
      const changed = EDITABLE_FIELDS.filter((field) => !sameValue(story[field], next[field]));
      if (changed.length === 0) return story;

      if (changed.includes('language')) await assertNotTranslated(tx, story.id, next.language);
      const protective = isProtectiveOnly(
        story,
        Object.fromEntries(changed.map((field) => [field, next[field]])) as Record<string, unknown>,
      );
      const status = statusAfterEdit(story.status, protective);
      if (status === 'REFUSED') {
        throw conflict(
          `A ${story.status.toLowerCase()} story cannot be edited: its words are those that were reviewed and ` +
            'consented to. Only protecting the storyteller more is allowed (adding risk flags, marking a minor).',
        );
      }
      const result = await tx
        .createQueryBuilder()
        .update(Story)
        .set({
          ...Object.fromEntries(changed.map((field) => [field, next[field]])),
          status,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: story.id, version: input.expectedVersion })
        .execute();
      if (!result.affected) throw versionConflict('story', story.version + 1, input.expectedVersion);
      if (status !== story.status) {
        await recordStatusChange(tx, viewer, {
          storyId: story.id,
          fromStatus: story.status,
          toStatus: status,
          reason: BACK_TO_REVIEW_REASON,
        });
      }
      await recordAudit(
        this.ctx,
        { action: 'STORY_UPDATED', subjectType: 'Story', subjectId: story.id, details: { fields: changed } },
        tx,
      );
      return tx.getRepository(Story).findOneByOrFail({ id: story.id });
    });
  }
}

const countryMissing: FieldProblem = { field: 'countryCode', message: 'is required' };

type Changes = Partial<Record<EditableField, unknown>>;

/** The fields the input names: left out is undefined, null is "clear it". */
function givenChanges(input: UpdateStoryInput): Changes {
  const changes: Changes = {};
  for (const field of EDITABLE_FIELDS) {
    const value = (input as unknown as Record<string, unknown>)[field];
    if (value !== undefined) changes[field] = value;
  }
  return changes;
}

function nullProblems(changes: Changes): FieldProblem[] {
  return Object.entries(changes)
    .filter(([field, value]) => value === null && !CLEARABLE_FIELDS.has(field as EditableField))
    .map(([field]) => ({ field, message: 'cannot be cleared; leave it out to keep it as it is' }));
}

/** The story as it would be after the changes, with text trimmed and the MINOR flag kept for a minor. */
function applyChanges(story: Story, changes: Changes): Pick<Story, EditableField> {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
  const next = { ...story } as Pick<Story, EditableField>;
  for (const [field, value] of Object.entries(changes)) {
    (next as Record<string, unknown>)[field] = text(value);
  }
  next.summary = next.summary ?? '';
  next.displayName = next.displayName || null;
  next.riskFlags = effectiveRiskFlags(next.riskFlags, next.isMinor);
  return next;
}

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/** A story's language cannot become one it already has a translation in. */
async function assertNotTranslated(tx: EntityManager, storyId: string, language: string): Promise<void> {
  if (!isLanguageCode(language)) return;
  const exists = await tx.getRepository(StoryTranslation).exists({ where: { storyId, language } });
  if (exists) {
    throw badUserInput(
      `The story already has a translation in "${language}": remove it before making it the original.`,
      [{ field: 'language', message: 'already has a translation; remove it first' }],
    );
  }
}
