import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WorkshopParticipantKind } from './workshop.enums';

/** How many people of one kind took part in a workshop. A table, so dashboards can sum by kind. */
@ObjectType({ description: 'How many people of one kind took part in a workshop.' })
@Entity({ name: 'workshop_participant_group' })
export class WorkshopParticipantGroup {
  @PrimaryColumn({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @Field(() => WorkshopParticipantKind)
  @PrimaryColumn({ type: 'text' })
  kind: WorkshopParticipantKind;

  @Field(() => Int)
  @Column({ type: 'int' })
  count: number;
}
