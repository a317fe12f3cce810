import { Field, Int, ObjectType } from 'type-graphql';

/** One level of a criterion's scoring scale; stored inside the criterion's `scale` jsonb array. */
@ObjectType({ description: 'One level of a scoring scale: the score a juror gives and what it means.' })
export class ScaleLevel {
  @Field(() => Int)
  score: number;

  @Field(() => String, { description: 'What an initiative looks like at this level.' })
  descriptor: string;
}
