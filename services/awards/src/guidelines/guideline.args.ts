import { ArgsType, Field } from 'type-graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class GuidelinesArgs {
  @Field(() => String, { nullable: true, description: 'Only versions of this criteria set.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lowercase words joined by hyphens' })
  key?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: published versions only; false: drafts only.' })
  published?: boolean | null;
}
