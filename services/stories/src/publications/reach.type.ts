import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsentChannel } from '../consents/consent.enums';

@ObjectType({ description: 'How far a set of publications reached.' })
export class Reach {
  @Field(() => Int) publications: number;
  @Field(() => Int) views: number;
  @Field(() => Int) shares: number;
}

@ObjectType({ description: 'The reach of the publications of one country on one channel.' })
export class ReachTotal extends Reach {
  @Field(() => ID) countryCode: string;
  @Field(() => ConsentChannel) channel: ConsentChannel;
}
