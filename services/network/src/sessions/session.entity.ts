import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signed-in browser. Only the SHA-256 of its token is stored: a copy of the database does not
 * let anyone sign in. Not in the GraphQL schema.
 */
@Entity({ name: 'session' })
export class Session {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
