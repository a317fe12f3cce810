import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { StoryMediaKind } from './story-media.enums';

/** bigint arrives from pg as a string; byte sizes stay far below 2^53. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | number | null) => (v == null ? v : Number(v)) };

/**
 * A photo, video or audio recording attached to a story, with its caption and alt text. The bytes
 * are in the media storage under `storageKey` (a random id); the API gives a gateway URL instead,
 * which checks the caller and the consent on every request.
 */
@ObjectType({ description: 'A photo, video or audio recording attached to a story.' })
@Entity({ name: 'story_media' })
export class StoryMedia {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @Field(() => StoryMediaKind)
  @Column({ type: 'text' })
  kind: StoryMediaKind;

  @Field(() => String, { description: 'The media type of the stored bytes, e.g. "image/jpeg".' })
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Size of the stored file in bytes.' })
  @Column({ name: 'byte_size', type: 'bigint', transformer: bigintAsNumber })
  byteSize: number;

  @Field(() => Int, { nullable: true, description: 'Width in pixels (photos).' })
  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels (photos).' })
  @Column({ type: 'int', nullable: true })
  height: number | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  caption: string;

  @Field(() => String, { description: 'What the image shows, for people who cannot see it.' })
  @Column({ name: 'alt_text', type: 'text', default: '' })
  altText: string;

  @Field(() => Boolean, {
    description: 'Shows the storyteller: served only while the consent allows images and the story is not at risk.',
  })
  @Column({ name: 'shows_storyteller', type: 'boolean', default: false })
  showsStoryteller: boolean;

  /** Where the bytes are in the media storage: a random id, never a user's file name. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Display name of the person or token that uploaded it. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
