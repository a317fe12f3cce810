import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph owns initiatives; this subgraph adds their nominations. */
@ObjectType('Initiative')
@Directive('@key(fields: "id")')
export class InitiativeStub {
  @Field(() => ID)
  id: string;
}
