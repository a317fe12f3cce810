import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AuditAction, AuditEvent, type Viewer } from '@best/kit';
import { maySeeConsentDetails } from '../stories/story.access';

/** The consent fields nobody but staff ever sees, as they are named in `details.fields`. */
const CONSENT_DETAILS = new Set([
  'consent.evidenceReference',
  'consent.recordedBy',
  // Every past consent with its evidence: given to the same staff only, and audited like the current one.
  'consentHistory',
]);

/** Fields that name a story without saying anything about its storyteller. */
const NOT_PERSONAL = new Set(['id', '__typename']);

/**
 * What counts as a storyteller read (STORYTELLER_READ): the fields of one story, out of those the
 * caller asked for (`asked`, paths below Story such as `title` or `consent.recordedBy`), that give
 * the caller a storyteller's personal data beyond what the public sees.
 *
 * 1. The consent's `evidenceReference` and `recordedBy`, whatever the story's scope, when the caller
 *    is given them (admins and the coordinator of the story's country; anyone else gets null, which
 *    gives nothing). The public never sees them.
 * 2. Every other field of a story the public does not see (published with a current PUBLIC consent
 *    is what the public sees; an INTERNAL or NETWORK consent, or a story not or no longer published,
 *    is not): the storyteller shared it with the network or with staff only.
 *
 * A story the public sees, read without its consent details, is never audited, for anyone: it holds
 * nothing beyond what the storyteller agreed to publish. Nor is a bare `id`, which names no one.
 * An empty result means "nothing to audit".
 */
export function storytellerFieldsGiven(
  viewer: Viewer,
  story: { countryCode: string; publiclyVisible?: boolean },
  asked: readonly string[],
): string[] {
  const showsDetails = maySeeConsentDetails(viewer, story);
  const given = asked.filter((field) => !NOT_PERSONAL.has(field) && (showsDetails || !CONSENT_DETAILS.has(field)));
  // A story not loaded with its visibility counts as not public: audit rather than miss a read.
  return story.publiclyVisible === true ? given.filter((field) => CONSENT_DETAILS.has(field)) : given;
}

/** One story whose storyteller's data reaches the caller, and which of its fields. */
export interface StorytellerRead {
  storyId: string;
  fields: readonly string[];
  requestId: string;
}

/**
 * Writes the STORYTELLER_READ events of one request and one caller (a per-request loader):
 * - one event per story and request: a story read again, or by a second field, adds its fields to
 *   the event while it is still to be written, and nothing once it is;
 * - one INSERT for every read that reaches it in the same tick (DataLoader's batching, without its
 *   cache, so the reads of one story can be merged): all stories of 50 initiatives are one INSERT;
 * - awaited before the data is returned: if the audit line cannot be written, the read fails, so
 *   personal data never leaves without its line.
 * `details` holds the story's fields by name, never their values.
 */
export function storytellerReadRecorder(dataSource: DataSource, viewer: Viewer) {
  const written = new Map<string, Promise<unknown>>();
  return new DataLoader<StorytellerRead, true>(
    async (reads) => {
      const batch = new Map<string, { fields: Set<string>; requestId: string }>();
      for (const read of reads) {
        if (written.has(read.storyId)) continue;
        const event = batch.get(read.storyId) ?? { fields: new Set<string>(), requestId: read.requestId };
        for (const field of read.fields) event.fields.add(field);
        batch.set(read.storyId, event);
      }
      if (batch.size > 0) {
        const at = new Date();
        const insert = dataSource.getRepository(AuditEvent).insert(
          [...batch].map(([storyId, event]) => ({
            at,
            actorKind: viewer.kind,
            actorId: viewer.id,
            actorDisplayName: viewer.displayName,
            action: AuditAction.STORYTELLER_READ,
            subjectType: 'Story',
            subjectId: storyId,
            requestId: event.requestId,
            details: { fields: [...event.fields].sort() },
          })),
        );
        for (const storyId of batch.keys()) written.set(storyId, insert);
      }
      await Promise.all(reads.map((read) => written.get(read.storyId)));
      return reads.map(() => true as const);
    },
    { cache: false },
  );
}
