import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who found a conflict of interest: the juror, or the platform from the network's data. */
export enum ConflictKind {
  DECLARED = 'DECLARED',
  DETECTED = 'DETECTED',
}
registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'Who found a conflict of interest.',
  valuesConfig: {
    DECLARED: { description: 'The juror declared it; they may withdraw it before the decision.' },
    DETECTED: {
      description:
        "The platform found it: the juror's organisation runs the initiative, or the juror or their organisation nominated it. It cannot be withdrawn.",
    },
  },
});

@ObjectType({
  description:
    'A juror’s conflict of interest with one nomination, declared by them or detected by the platform: they neither see nor score it.',
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

  @Field(() => String, {
    description:
      'Why the juror cannot judge the nomination impartially: their own words when declared; when detected, the platform\'s (e.g. "The juror\'s organisation runs the initiative.").',
  })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ConflictKind)
  @Column({ type: 'text', default: ConflictKind.DECLARED })
  kind: ConflictKind;

  @Field(() => Date, { description: 'When it was declared, or detected.' })
  @Column({ name: 'declared_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  declaredAt: Date;
}
