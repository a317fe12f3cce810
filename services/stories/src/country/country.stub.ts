import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph's Country, referenced by its code; this subgraph adds nothing to it. */
@ObjectType('Country')
@Directive('@key(fields: "code", resolvable: false)')
export class CountryStub {
  @Field(() => ID)
  code: string;
}
