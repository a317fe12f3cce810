import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph owns countries; this subgraph only points at one by its code. */
@ObjectType('Country')
@Directive('@key(fields: "code", resolvable: false)')
export class CountryStub {
  @Field(() => ID)
  code: string;
}
