import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ManualStatus } from './manual.enums';

@ObjectType({
  description:
    'A compiled edition of best practices in chapters (by theme or target group). Published manuals are read by ' +
    'everyone and never change; drafts by admins and national coordinators only.',
})
@Directive('@key(fields: "id")')
@Entity({ name: 'manual' })
export class Manual {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  introduction: string;

  @Field(() => String, { description: 'ISO 639-1 code of the language of its texts, e.g. "en".' })
  @Column({ type: 'char', length: 2 })
  language: string;

  @Field(() => ManualStatus)
  @Column({ type: 'text', default: ManualStatus.DRAFT })
  status: ManualStatus;

  @Field(() => Date, { nullable: true, description: 'Null while it is a draft.' })
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
