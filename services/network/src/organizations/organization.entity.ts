import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MembershipStage, OrganizationKind } from './organization.enums';

@ObjectType({ description: 'An organisation that does (or may do) community building with forced migrants.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  // Private contact details: exposed through OrganizationResolver, which applies the access rules.
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => MembershipStage)
  @Column({ name: 'membership_stage', type: 'text' })
  membershipStage: MembershipStage;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
