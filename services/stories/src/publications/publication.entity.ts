import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ConsentChannel } from '../consents/consent.enums';

/**
 * A story published on one channel, with its reach. `storyId` is not a foreign key: a publication
 * outlives the erasure of its story, so that it can still be taken down (see the migration). The
 * story's country and recording organisation are copied here for the same reason.
 */
@ObjectType({ description: 'Where and when a story was published on a channel, and how far it reached.' })
@Entity({ name: 'publication' })
export class Publication {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => ID, { description: 'The story, even when it is hidden from the caller or was erased.' })
  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @Field(() => ID, { description: "The story's country (ISO 3166-1 alpha-2), kept after an erasure." })
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  /** The organisation that recorded the story: its members may change the publication. */
  @Column({ name: 'recorded_by_organization_id', type: 'uuid', nullable: true })
  recordedByOrganizationId: string | null;

  @Field(() => ConsentChannel)
  @Column({ type: 'text' })
  channel: ConsentChannel;

  @Field(() => String, { nullable: true, description: 'Where it can be seen (http or https); none for print.' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  // Millisecond precision, like a JS Date, so a pagination cursor names a row exactly.
  @Field(() => Date)
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt: Date;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  views: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  shares: number;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was taken down; null while it is online.' })
  @Column({ name: 'taken_down_at', type: 'timestamptz', precision: 3, nullable: true })
  takenDownAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How it was taken down, e.g. "post deleted by the page admin".' })
  @Column({ name: 'takedown_note', type: 'text', nullable: true })
  takedownNote: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  recordedAt: Date;

  /** Display name of the staff member who recorded it. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
