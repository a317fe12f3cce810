import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, Length, Matches, MaxLength, Min } from 'class-validator';
import { IsUuid, MAX_PASSWORD_LENGTH, SafeText } from '@best/kit';
import { Role } from './account.enums';

/** Long enough to resist guessing, with no rules that push people to predictable patterns (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => String, { description: 'How the person is named in the platform, e.g. "Maria Camilleri".' })
  @SafeText(200, { min: 1 })
  displayName: string;

  @Field(() => String, {
    description: `The first password, at least ${MIN_PASSWORD_LENGTH} characters; give it to the person over another channel.`,
  })
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
    message: `must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters`,
  })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Required for a national coordinator; a member takes their organisation's country.",
  })
  @Matches(COUNTRY_CODE, { message: 'must be a two-letter country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for an organisation member.' })
  @IsUuid({ message: 'must be an organisation id' })
  organizationId?: string | null;
}

@InputType()
export class ChangeAccountRoleInput {
  @Field(() => ID)
  @IsUuid({ message: 'must be an account id' })
  accountId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @Matches(COUNTRY_CODE, { message: 'must be a two-letter country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUuid({ message: 'must be an organisation id' })
  organizationId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you saw; the change is refused with CONFLICT if the account changed since.',
  })
  @Min(1)
  expectedVersion?: number | null;
}

@InputType()
export class DisableAccountInput {
  @Field(() => ID)
  @IsUuid({ message: 'must be an account id' })
  accountId: string;

  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' })
  @SafeText(500)
  reason?: string | null;
}
