import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A story told again in another language than its original; one per story and language. */
@ObjectType({ description: 'A story in another language than the one it was told in.' })
@Entity({ name: 'story_translation' })
export class StoryTranslation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @Field(() => String, { description: 'ISO 639-1 code of the translation, e.g. "fr"; never the original language.' })
  @Column({ type: 'text' })
  language: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
