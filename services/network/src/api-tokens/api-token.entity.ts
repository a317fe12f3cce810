import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ApiTokenStatus, Scope } from './api-token.enums';

@ObjectType({
  description: "A partner integration's credential for one organisation. Its secret is shown once, at creation.",
})
@Entity({ name: 'api_token' })
export class ApiToken {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => String, { description: 'What it is for, e.g. "Website sync".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [Scope])
  @Column({ type: 'text', array: true })
  scopes: Scope[];

  @Field(() => String, {
    description: 'The start of the token (e.g. `best_k3f9a1b2`), to recognise it in logs and settings; not a secret.',
  })
  @Column({ type: 'text' })
  prefix: string;

  // Never a @Field: the SHA-256 of the whole token.
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Field(() => Date)
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it last authenticated a request (to the minute).' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by_id', type: 'text', nullable: true })
  createdById: string | null;

  @Field(() => String, { description: 'Display name of the staff member who created it.' })
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => ApiTokenStatus)
  get status(): ApiTokenStatus {
    if (this.revokedAt) return ApiTokenStatus.REVOKED;
    return this.expiresAt.getTime() <= Date.now() ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
  }
}
