import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph's Initiative, known here only by its key; this subgraph adds its stories. */
@ObjectType('Initiative')
@Directive('@key(fields: "id")')
export class InitiativeStub {
  @Field(() => ID)
  id: string;
}
