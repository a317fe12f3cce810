import { Field, ObjectType } from 'type-graphql';
import { Country } from './country.entity';

@ObjectType()
export class AddCountryPayload {
  @Field(() => Country)
  country: Country;
}

@ObjectType()
export class UpdateCountryPayload {
  @Field(() => Country)
  country: Country;
}
