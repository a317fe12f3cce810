import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { Scope } from './api-token.enums';

/** A token must be renewed at least once a year: a forgotten integration stops, a leaked secret expires. */
export const MAX_API_TOKEN_LIFETIME_DAYS = 366;

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID)
  @IsUuid({ message: 'must be an organisation id' })
  organizationId: string;

  @Field(() => String, { description: 'What the token is for, e.g. "Website sync".' })
  @SafeText(100, { min: 1 })
  name: string;

  @Field(() => [Scope], { description: 'At least one of READ, WRITE, EXPORT.' })
  @ArrayMinSize(1, { message: 'must have at least one scope' })
  @ArrayMaxSize(3)
  @ArrayUnique({ message: 'must not repeat a scope' })
  @IsEnum(Scope, { each: true })
  scopes: Scope[];

  @Field(() => Date, {
    description: `When it stops working: in the future, at most ${MAX_API_TOKEN_LIFETIME_DAYS} days away.`,
  })
  @IsDate()
  expiresAt: Date;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  @IsUuid({ message: 'must be an API token id' })
  apiTokenId: string;
}
