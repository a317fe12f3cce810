import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The network subgraph's Country, referenced by code; the gateway fetches its other fields there. */
@ObjectType('Country')
@Directive('@key(fields: "code", resolvable: false)')
export class CountryStub {
  @Field(() => ID)
  code: string;
}

export const countryStub = (code: string): CountryStub => ({ code });
