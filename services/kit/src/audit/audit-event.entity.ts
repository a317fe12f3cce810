import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Viewer } from '../identity/viewer';

/**
 * One line of a subgraph's audit log: who (the actor, as the gateway signed them) did what to
 * which subject, and when. Append-only: the table refuses UPDATE and DELETE (see audit-table.ts).
 * `details` holds facts that explain the event (a role before and after, a token's scopes); never
 * a secret, a password, or the personal data whose reading is being recorded.
 */
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: Viewer['kind'];

  /** The account's or the token's id; null for the public and the platform itself. */
  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_display_name', type: 'text', nullable: true })
  actorDisplayName: string | null;

  /** SCREAMING_SNAKE verb, e.g. `API_TOKEN_REVOKED` (see AuditAction). */
  @Column({ type: 'text' })
  action: string;

  /** What it happened to: an entity name (`Account`, `ApiToken`, `Story`) and its id. */
  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  /** The gateway's request id: follows one request through every subgraph's logs and audit. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details: Record<string, unknown>;
}
