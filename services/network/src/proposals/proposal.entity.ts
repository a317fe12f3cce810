import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrganizationKind } from '../organizations/organization.enums';
import type { IntakeEligibility } from './eligibility';
import { ProposalState, ProposerRelation } from './proposal.enums';

/**
 * Who proposed an initiative and how its review went. The initiative itself is an Initiative with
 * listing PROPOSED until the review lists or declines it. Staff of its country only.
 */
@ObjectType({ description: 'An initiative proposed through the public form, with its review.' })
@Entity({ name: 'initiative_proposal' })
export class InitiativeProposal {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => ProposalState)
  @Column({ type: 'text', default: ProposalState.PENDING })
  state: ProposalState;

  @Field(() => String, { description: 'ISO 639-1 code of the language the proposal was written in.' })
  @Column({ type: 'text' })
  language: string;

  @Field(() => ProposerRelation)
  @Column({ name: 'proposer_relation', type: 'text' })
  proposerRelation: ProposerRelation;

  @Field(() => String, { nullable: true })
  @Column({ name: 'proposer_name', type: 'text', nullable: true })
  proposerName: string | null;

  @Field(() => String, { nullable: true, description: 'To follow up on the proposal.' })
  @Column({ name: 'proposer_email', type: 'text', nullable: true })
  proposerEmail: string | null;

  /** The account or token that sent it, when signed in (for the per-caller limit). */
  @Column({ name: 'proposer_viewer_id', type: 'text', nullable: true })
  proposerViewerId: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation as the proposer named it.' })
  @Column({ name: 'organization_name', type: 'text', nullable: true })
  organizationName: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @Column({ name: 'organization_kind', type: 'text', nullable: true })
  organizationKind: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'organization_website', type: 'text', nullable: true })
  organizationWebsite: string | null;

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** What the proposer said of each intake trait; read through the `proposerEligibility` resolver. */
  @Column({ name: 'proposer_eligibility', type: 'jsonb', nullable: true })
  proposerEligibility: IntakeEligibility | null;

  /** How the reviewer found each intake trait (null while pending); read through the `eligibility` resolver. */
  @Column({ name: 'eligibility', type: 'jsonb', nullable: true })
  eligibility: IntakeEligibility | null;

  @Field(() => String, { nullable: true, description: "The reviewer's reason (always given when declined)." })
  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the reviewer.' })
  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_by_id', type: 'text', nullable: true })
  reviewedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
