import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AwardEditionPhase } from './award-edition.enums';

/** One move of an award edition from phase to phase: dated, with who made it and why. Append-only. */
@ObjectType({ description: 'One move of an award edition from one phase to another, with who made it and why.' })
@Entity({ name: 'award_edition_phase_change' })
export class AwardEditionPhaseChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** The order of the moves; set by the database. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  position: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Field(() => AwardEditionPhase)
  @Column({ name: 'from_phase', type: 'text' })
  fromPhase: AwardEditionPhase;

  @Field(() => AwardEditionPhase)
  @Column({ name: 'to_phase', type: 'text' })
  toPhase: AwardEditionPhase;

  @Field(() => String, { description: 'Why the move was made.' })
  @Column({ type: 'text' })
  reason: string;

  /** The network account that made the move; null when the platform itself did. Never in the API. */
  @Column({ name: 'changed_by_id', type: 'text', nullable: true })
  changedById: string | null;

  /** Always stored; null only in what the public reads (a person's name is the network's to see). */
  @Field(() => String, {
    nullable: true,
    description: 'Display name of the person or token that made the move; null for the public.',
  })
  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string | null;

  @Field(() => Date)
  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  changedAt: Date;
}
