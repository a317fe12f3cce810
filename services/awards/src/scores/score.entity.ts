import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: "One criterion's score on a juror's scorecard, on that criterion's scale." })
@Entity({ name: 'score' })
export class Score {
  @PrimaryColumn({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @Field(() => String, { description: "The criterion's key in the edition's guideline version." })
  @PrimaryColumn({ name: 'criterion_key', type: 'text' })
  criterion: string;

  @Field(() => Int, { description: "One of the criterion's scale levels." })
  @Column({ type: 'int' })
  score: number;

  @Field(() => String, { description: 'Why the juror gave this score; required before submitting.' })
  @Column({ type: 'text', default: '' })
  comment: string;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
