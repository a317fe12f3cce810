import { Field, ObjectType } from 'type-graphql';
import { Manual } from './manual.entity';

@ObjectType({ description: 'A manual just created, revised or published.' })
export class ManualPayload {
  @Field(() => Manual)
  manual: Manual;
}
