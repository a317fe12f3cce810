import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What is left of an erased story: its id, country and dates, and who erased it and why. Nothing
 * about the storyteller or what they told. Publications keep their story id, so the takedown list
 * still names what must come down.
 */
@ObjectType({ description: 'What is left of an erased story: dates only, no personal data.' })
@Entity({ name: 'story_tombstone' })
export class StoryTombstone {
  /** The erased story's id (`id` in code, so that the kit's keyset pagination can order by it). */
  @Field(() => ID, { name: 'storyId' })
  @PrimaryColumn({ name: 'story_id', type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => Date, { description: 'When the story was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its consent was withdrawn, if it was.' })
  @Column({ name: 'consent_withdrawn_at', type: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null;

  // Millisecond precision, like a JS Date, so a pagination cursor names a row exactly.
  @Field(() => Date)
  @Column({ name: 'erased_at', type: 'timestamptz', precision: 3 })
  erasedAt: Date;

  @Field(() => String, { description: 'Display name of the staff member who erased it.' })
  @Column({ name: 'erased_by', type: 'text' })
  erasedBy: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;
}
