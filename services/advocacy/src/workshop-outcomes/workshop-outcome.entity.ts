import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { FollowUpStatus, WorkshopOutcomeKind } from './workshop-outcome.enums';

@ObjectType({ description: 'A lesson learned, recommendation, commitment or advocacy message from a workshop.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'workshop_outcome' })
export class WorkshopOutcome {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  // Exposed as `workshop`.
  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @Field(() => WorkshopOutcomeKind)
  @Column({ type: 'text' })
  kind: WorkshopOutcomeKind;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => FollowUpStatus)
  @Column({ name: 'follow_up_status', type: 'text', default: FollowUpStatus.OPEN })
  followUpStatus: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'When the follow-up is due, ISO date (YYYY-MM-DD).' })
  @Column({ name: 'follow_up_due', type: 'date', nullable: true })
  followUpDue: string | null;

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
