import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Eligibility, NominationStatus } from './nomination.enums';

@ObjectType({ description: 'An initiative put forward for a national award edition.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'nomination' })
export class Nomination {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  /** Display name of whoever nominated it; the API shows it to the network only (`nominatedBy` resolver). */
  @Column({ name: 'nominated_by', type: 'text' })
  nominatedBy: string;

  @Field(() => String, { description: "Why the initiative deserves the award, in the nominator's words." })
  @Column({ type: 'text' })
  statement: string;

  @Field(() => [String], { description: 'Links or short texts that back the statement.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];

  @Field(() => Eligibility)
  @Column({ type: 'text', default: Eligibility.UNCHECKED })
  eligibility: Eligibility;

  @Field(() => String, {
    nullable: true,
    description: 'Why the nomination is (in)eligible; always given when ineligible.',
  })
  @Column({ name: 'eligibility_reason', type: 'text', nullable: true })
  eligibilityReason: string | null;

  @Field(() => NominationStatus)
  @Column({ type: 'text', default: NominationStatus.SUBMITTED })
  status: NominationStatus;

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  submittedAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
