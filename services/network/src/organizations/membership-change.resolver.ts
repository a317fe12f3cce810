import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../context';
import { Organization } from './organization.entity';
import { MembershipChange } from './membership-change.entity';
import { OrganizationService } from './organization.service';

@Resolver(() => MembershipChange)
export class MembershipChangeResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() change: MembershipChange, @Ctx() ctx: NetworkContext): Promise<Organization> {
    return (await new OrganizationService(ctx).byId(change.organizationId))!;
  }
}
