import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A best practice's texts as they were when the manual was published. */
export interface PublishedBestPracticeTexts {
  id: string;
  whatWorks: string;
  lessons: string;
  transferability: string;
  themes: string[];
  version: number;
  updatedAt: string;
}

@ObjectType({ description: 'One chapter of a manual, gathering best practices in the order given.' })
@Entity({ name: 'manual_chapter' })
export class ManualChapter {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'manual_id', type: 'uuid' })
  manualId: string;

  @Field(() => Int, { description: 'Place in the manual: 1, 2, …' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  introduction: string;

  @Field(() => String, { nullable: true, description: 'The theme key the chapter gathers, if it is by theme.' })
  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Column({ name: 'best_practice_ids', type: 'uuid', array: true, default: () => "'{}'" })
  bestPracticeIds: string[];

  /** Set when the manual is published: the texts it was published with. Never in the API as such. */
  @Column({ name: 'published_texts', type: 'jsonb', nullable: true })
  publishedTexts: PublishedBestPracticeTexts[] | null;
}
