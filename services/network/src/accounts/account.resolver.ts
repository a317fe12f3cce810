import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { Account } from './account.entity';
import { AccountsArgs } from './account.args';
import { AccountConnection } from './account.connection';
import { ChangeAccountRoleInput, CreateAccountInput, DisableAccountInput } from './account.input';
import { ChangeAccountRolePayload, CreateAccountPayload, DisableAccountPayload } from './account.payload';
import { AccountService } from './account.service';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, {
    nullable: true,
    description: 'The signed-in account; null for the public and for partner API tokens.',
  })
  me(@Ctx() ctx: NetworkContext): Promise<Account | null> {
    return new AccountService(ctx).me();
  }

  @Query(() => Account, {
    nullable: true,
    description: 'An account you may see (admins: all; coordinators: their country).',
  })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: NetworkContext): Promise<Account | null> {
    return new AccountService(ctx).byId(id);
  }

  @Query(() => AccountConnection, {
    description: 'Accounts by name: admins see all, coordinators their country, everyone else only their own.',
  })
  accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() ctx: NetworkContext) {
    return new AccountService(ctx).list(args);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "A member's organisation." })
  organization(@Root() account: Account, @Ctx() ctx: NetworkContext): Promise<Organization | null> | null {
    return account.organizationId ? new OrganizationService(ctx).byId(account.organizationId) : null;
  }

  @Mutation(() => CreateAccountPayload, {
    description: 'Creates an account (admins: any role; coordinators: members and viewers of their country).',
  })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: NetworkContext) {
    return new AccountService(ctx).create(input);
  }

  @Mutation(() => ChangeAccountRolePayload, {
    description: 'Gives an account another role (and country or organisation); takes effect on its next request.',
  })
  changeAccountRole(
    @Arg('input', () => ChangeAccountRoleInput) input: ChangeAccountRoleInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AccountService(ctx).changeRole(input);
  }

  @Mutation(() => DisableAccountPayload, {
    description: 'Disables an account: it cannot sign in, and its open sessions end at once.',
  })
  disableAccount(@Arg('input', () => DisableAccountInput) input: DisableAccountInput, @Ctx() ctx: NetworkContext) {
    return new AccountService(ctx).disable(input);
  }
}
