import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Score } from './score.entity';
import { ScorecardStatus } from './scorecard.enums';

@ObjectType({
  description:
    "One juror's scores for one nomination, criterion by criterion. Blind: only the juror reads it until " +
    "the edition is decided, then admins and the coordinator of the edition's country.",
})
@Entity({ name: 'scorecard' })
export class Scorecard {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Field(() => ID)
  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => ID, { description: "The juror's network account." })
  @Column({ name: 'juror_account_id', type: 'uuid' })
  jurorAccountId: string;

  @Field(() => ScorecardStatus)
  @Column({ type: 'text', default: ScorecardStatus.DRAFT })
  status: ScorecardStatus;

  @Field(() => Date, { nullable: true, description: 'When the juror submitted it; null for a draft.' })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every save; send it back to detect concurrent edits.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Joined by the loaders (`leftJoinAndMapMany`), not a relation: a score belongs to one scorecard. */
  @Field(() => [Score], { description: 'The criteria scored so far, by criterion key.' })
  scores: Score[];
}
