import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, CountryCode, SafeText } from '@best/kit';
import { Role } from './account.enums';

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only accounts of this country.' })
  @CountryCode({ message: 'must be a two-letter country code' })
  countryCode?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the name or the email.' })
  @SafeText(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include disabled accounts (default: no).' })
  includeDisabled?: boolean | null;
}
