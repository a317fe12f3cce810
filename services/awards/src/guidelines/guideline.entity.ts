import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EligibilityRule } from './eligibility-rule.type';

@ObjectType({
  description:
    'A version of a European criteria set that national award editions judge by. ' +
    'A published version never changes: changes make a new version.',
})
@Directive('@key(fields: "id")')
@Entity({ name: 'guideline' })
export class Guideline {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String, { description: 'Names the criteria set across its versions, e.g. "best-practice-guidelines".' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => Int, { description: 'Version number within the key: 1, 2, …' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => Date, { nullable: true, description: 'When this version was published; null while it is a draft.' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => [EligibilityRule], {
    description:
      "What an initiative must meet to be nominated at all; the rules checked at intake are also the network's intake checklist.",
  })
  @Column({ name: 'eligibility_rules', type: 'jsonb', default: () => "'[]'" })
  eligibilityRules: EligibilityRule[];

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  // `version` is the guideline's own version number, so the optimistic lock on draft edits is named revision.
  @Field(() => Int, { description: 'Increases on every edit of a draft; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  revision: number;
}
