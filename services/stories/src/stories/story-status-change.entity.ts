import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { StoryStatus } from './story.enums';

/** One move of a story through the review workflow: dated, with who made it and why. Append-only. */
@ObjectType({ description: 'One move of a story through the review workflow.' })
@Entity({ name: 'story_status_change' })
export class StoryStatusChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** The order of the moves; set by the database. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  position: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @Field(() => StoryStatus)
  @Column({ name: 'from_status', type: 'text' })
  fromStatus: StoryStatus;

  @Field(() => StoryStatus)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: StoryStatus;

  @Field(() => Date)
  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  changedAt: Date;

  @Field(() => String, { description: 'Display name of the person or token that made the move.' })
  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @Column({ name: 'changed_by_id', type: 'text', nullable: true })
  changedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why the move was made (required when changes are requested).' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
