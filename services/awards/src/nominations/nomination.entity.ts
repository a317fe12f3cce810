import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { EligibilityCheck } from './eligibility-check.type';
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

  /** The nominating account (user or token), from the network's database; decides who may withdraw. Never shown. */
  @Column({ name: 'nominator_account_id', type: 'text', nullable: true })
  nominatorAccountId: string | null;

  /** The organisation the nominator acted for, if any; its members may withdraw too. Never shown. */
  @Column({ name: 'nominator_organization_id', type: 'uuid', nullable: true })
  nominatorOrganizationId: string | null;

  /** A public nominator's email address, for the staff only (the `nominatorEmail` field checks who asks). */
  @Column({ name: 'nominator_email', type: 'text', nullable: true })
  nominatorEmail: string | null;

  /** The organisation running the initiative as the network named it when last read (submission, the move to JUDGING). */
  @Column({ name: 'initiative_organization_id', type: 'uuid', nullable: true })
  initiativeOrganizationId: string | null;

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

  /** One answer per eligibility rule of the pinned guideline; read through the `eligibilityChecks` resolver. */
  @Column({ name: 'eligibility_checks', type: 'jsonb', default: () => "'[]'" })
  eligibilityChecks: EligibilityCheck[];

  @Field(() => Date, { nullable: true, description: 'When the eligibility was last screened; null while unchecked.' })
  @Column({ name: 'screened_at', type: 'timestamptz', precision: 3, nullable: true })
  screenedAt: Date | null;

  @Field(() => NominationStatus)
  @Column({ type: 'text', default: NominationStatus.SUBMITTED })
  status: NominationStatus;

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the nominator withdrew it; null unless WITHDRAWN.' })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the nominator withdrew it; null unless WITHDRAWN.' })
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
