import { Field, ID, InputType } from 'type-graphql';
import { CountryCode, IsUuid, SafeText } from '@best/kit';

@InputType({ description: 'A country joining the network.' })
export class AddCountryInput {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "PL".' })
  @CountryCode()
  code: string;

  @Field(() => String, { nullable: true, description: 'Its English short name when left out.' })
  @SafeText(100, { min: 2 })
  name?: string | null;
}

@InputType({ description: 'Changes to a country: a field left out stays as it is.' })
export class UpdateCountryInput {
  @Field(() => ID)
  @CountryCode()
  code: string;

  @Field(() => String, { nullable: true })
  @SafeText(100, { min: 2 })
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The national partner organisation, one of that country; null for none.',
  })
  @IsUuid({ message: 'partnerOrganizationId must be an organisation id' })
  partnerOrganizationId?: string | null;
}
