import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../identity/viewer';
import { AuditEvent } from './audit-event.entity';
import { AUDIT_ACTION_PATTERN, type AuditAction } from './audit-action';

/** What a service says happened; the actor and request come from the context. */
export interface AuditEntry {
  action: AuditAction | (string & {});
  subjectType?: string | null;
  subjectId?: string | null;
  /** Facts that explain the event; never secrets, passwords or the personal data that was read. */
  details?: Record<string, unknown>;
  /** Who did it, when it is not the caller (e.g. the account that just signed in). */
  actor?: Pick<Viewer, 'kind' | 'id' | 'displayName'>;
}

/** The part of a request context the recorder needs. */
export interface AuditContext {
  viewer: Viewer;
  requestId: string;
  dataSource: DataSource;
}

const DETAIL_KEYS_NEVER_STORED = /password|secret|hash|^(session|api)?token$/i;

/**
 * Appends one event to the subgraph's `audit_event` table. Pass `manager` to write it in the same
 * transaction as the change it records (the change and its audit line commit or fail together).
 */
export async function recordAudit(ctx: AuditContext, entry: AuditEntry, manager?: EntityManager): Promise<AuditEvent> {
  if (!AUDIT_ACTION_PATTERN.test(entry.action)) throw new Error(`Not an audit action: ${entry.action}`);
  const details = entry.details ?? {};
  // A guard, not a filter: a secret in an audit line is a bug to fix in the caller, loudly.
  const leaked = Object.keys(details).find((key) => DETAIL_KEYS_NEVER_STORED.test(key));
  if (leaked) throw new Error(`Audit details must not carry "${leaked}"`);
  const actor = entry.actor ?? ctx.viewer;
  const repository = (manager ?? ctx.dataSource.manager).getRepository(AuditEvent);
  return repository.save(
    repository.create({
      at: new Date(),
      actorKind: actor.kind,
      actorId: actor.id,
      actorDisplayName: actor.displayName,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      requestId: ctx.requestId,
      details,
    }),
  );
}
