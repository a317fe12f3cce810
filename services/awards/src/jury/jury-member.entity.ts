import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A juror assigned to one award edition: they read and judge its nominations.' })
@Entity({ name: 'jury_member' })
export class JuryMember {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Field(() => ID, { description: "The juror's network account." })
  @Column({ name: 'juror_account_id', type: 'uuid' })
  jurorAccountId: string;

  @Field(() => String, { description: 'How the juror is named on this jury.' })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Field(() => Date)
  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  assignedAt: Date;

  /** The juror's organisation as the network named it when last read (assignment, the move to JUDGING). */
  @Column({ name: 'juror_organization_id', type: 'uuid', nullable: true })
  jurorOrganizationId: string | null;

  @Field(() => String, { description: 'Display name of whoever assigned the juror.' })
  @Column({ name: 'assigned_by', type: 'text' })
  assignedBy: string;
}
