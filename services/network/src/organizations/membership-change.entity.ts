import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MembershipStage } from './organization.enums';

@ObjectType({ description: 'One dated move of an organisation through the membership pipeline.' })
@Entity({ name: 'membership_change' })
export class MembershipChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => MembershipStage, { nullable: true })
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: MembershipStage | null;

  @Field(() => MembershipStage)
  @Column({ name: 'to_stage', type: 'text' })
  toStage: MembershipStage;

  @Field(() => Date)
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Field(() => String, { description: 'Display name of the person who made the move.' })
  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  /** The account or token that made the move (kept for audits, not shown). */
  @Column({ name: 'changed_by_id', type: 'text', nullable: true })
  changedById: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  reason: string;
}
