import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph's Initiative, known here by its key only; this subgraph adds its own fields. */
@ObjectType('Initiative')
@Directive('@key(fields: "id")')
export class InitiativeStub {
  @Field(() => ID)
  id: string;
}

export const initiativeStub = (id: string): InitiativeStub => ({ id });
