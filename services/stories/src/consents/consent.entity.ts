import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConsentChannel, ConsentGiver, ConsentScope } from './consent.enums';

/**
 * One consent given for a story. A story has at most one current consent (`supersededAt` null);
 * recording a new one supersedes it and keeps the old row as history. What decides where a story
 * may appear has a `@Field`; the evidence and who recorded it reach the API through field resolvers
 * that show them to admins and the story's national coordinator only, as does the history of a story's
 * consents (Story.consentHistory). The withdrawal's reason never reaches it.
 */
@ObjectType({ description: 'What the storyteller (or their guardian) allowed for a story.' })
@Entity({ name: 'consent' })
export class Consent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  /** Mirrors story.is_minor through a cascading foreign key, so the database can check the giver. */
  @Column({ name: 'for_minor', type: 'boolean' })
  forMinor: boolean;

  @Field(() => ConsentGiver, { description: "The storyteller, or for a minor's story their guardian." })
  @Column({ name: 'given_by', type: 'text' })
  givenBy: ConsentGiver;

  @Field(() => Date, { description: 'When the storyteller (or guardian) gave it.' })
  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Field(() => ConsentScope)
  @Column({ type: 'text' })
  scope: ConsentScope;

  @Field(() => [ConsentChannel], { description: 'Where the story may be published.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels: ConsentChannel[];

  @Field(() => Boolean, { description: "Whether the storyteller's display name may be shown." })
  @Column({ name: 'may_show_name', type: 'boolean', default: false })
  mayShowName: boolean;

  @Field(() => Boolean, { description: 'Whether images showing the storyteller may be shown.' })
  @Column({ name: 'may_show_image', type: 'boolean', default: false })
  mayShowImage: boolean;

  @Field(() => Date, { nullable: true, description: 'After this moment the story is hidden everywhere.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Where the signed form or recording is kept (a file reference, never the document itself). */
  @Column({ name: 'evidence_reference', type: 'text' })
  evidenceReference: string;

  /** Display name of the staff member who recorded the consent. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Field(() => Date, { description: 'When staff recorded it here.' })
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was withdrawn; a withdrawn consent shows its story nowhere.',
  })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
