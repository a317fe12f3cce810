import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, IsUuid } from '@best/kit';

@ArgsType()
export class ApiTokensArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUuid({ message: 'must be an organisation id' })
  organizationId: string;

  @Field(() => Boolean, { nullable: true, description: 'Include revoked and expired tokens (default: no).' })
  includeInactive?: boolean | null;
}
