import { Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { CountryCode, MAX_PAGE_SIZE } from '@best/kit';
import { BEST_PRACTICE_LIMITS, THEME, THEME_MESSAGE } from './best-practice.rules';

@ArgsType()
export class BestPracticesArgs {
  @Field(() => String, { nullable: true, description: 'Only best practices of this country (ISO 3166-1 alpha-2).' })
  @CountryCode()
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only best practices with this theme key.' })
  @MaxLength(BEST_PRACTICE_LIMITS.theme, { message: THEME_MESSAGE })
  @Matches(THEME, { message: THEME_MESSAGE })
  theme?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: `Items after \`after\`, at most ${MAX_PAGE_SIZE}.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
