import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Role } from './account.enums';

@ObjectType({ description: 'A person who signs in: staff, organisation members, jurors and viewers.' })
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String, { description: 'Unique, compared without regard to case.' })
  @Column({ type: 'text' })
  email: string;

  @Field(() => String)
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  // Never a @Field: the self-describing scrypt string of password-hash.ts.
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: "A coordinator's country; a member's organisation's country.",
  })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the account was disabled: it can no longer sign in.' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
