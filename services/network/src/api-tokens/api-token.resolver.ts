import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { ApiToken } from './api-token.entity';
import { ApiTokensArgs } from './api-token.args';
import { ApiTokenConnection } from './api-token.connection';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.input';
import { CreateApiTokenPayload, RevokeApiTokenPayload } from './api-token.payload';
import { ApiTokenService } from './api-token.service';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, {
    description:
      "An organisation's partner API tokens, newest first (admins, its country's coordinator, its members). Never their secrets.",
  })
  apiTokens(@Args(() => ApiTokensArgs) args: ApiTokensArgs, @Ctx() ctx: NetworkContext) {
    return new ApiTokenService(ctx).list(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() token: ApiToken, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return new OrganizationService(ctx).byId(token.organizationId);
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates a partner API token for an organisation (admins; coordinators of its country).',
  })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: NetworkContext) {
    return new ApiTokenService(ctx).create(input);
  }

  @Mutation(() => RevokeApiTokenPayload, {
    description: 'Revokes a partner API token: the next request that carries it is refused.',
  })
  revokeApiToken(@Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: NetworkContext) {
    return new ApiTokenService(ctx).revoke(input);
  }
}
