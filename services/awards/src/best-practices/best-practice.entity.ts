import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@ObjectType({
  description:
    'A national winner approved by the European coordination as a best practice, with the texts the manual ' +
    'prints: what works, the lessons learned and how to transfer it elsewhere. Read by whoever may read the ' +
    'nomination it was approved from: everyone once its edition is ANNOUNCED, the network before.',
})
@Directive('@key(fields: "id")')
@Entity({ name: 'best_practice' })
export class BestPractice {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Field(() => String, { description: "The edition's country (ISO 3166-1 alpha-2)." })
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => String, { description: 'What works: the heart of the practice, as the manual prints it.' })
  @Column({ name: 'what_works', type: 'text' })
  whatWorks: string;

  @Field(() => String, { description: 'Lessons learned, including what did not work.' })
  @Column({ type: 'text' })
  lessons: string;

  @Field(() => String, { description: 'How to transfer the practice to another place or country.' })
  @Column({ type: 'text' })
  transferability: string;

  @Field(() => [String], {
    description: 'Theme keys that manual chapters gather by, e.g. "sport", "language-cafe" (0 to 10).',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Field(() => Date)
  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  approvedAt: Date;

  /** The network account that approved it. Never in the API. */
  @Column({ name: 'approved_by_id', type: 'text', nullable: true })
  approvedById: string | null;

  /** Display name of whoever approved it; the API shows it to the network only (a field resolver). */
  @Column({ name: 'approved_by', type: 'text' })
  approvedBy: string;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every revision; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
