import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description: 'A juror’s declared conflict of interest with one nomination: they neither see nor score it.',
})
@Entity({ name: 'jury_conflict' })
export class JuryConflict {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Field(() => ID, { description: 'The nomination the juror will not judge.' })
  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => ID, { description: "The juror's network account." })
  @Column({ name: 'juror_account_id', type: 'uuid' })
  jurorAccountId: string;

  @Field(() => String, { description: 'Why the juror cannot judge the nomination impartially.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => Date)
  @Column({ name: 'declared_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  declaredAt: Date;
}
