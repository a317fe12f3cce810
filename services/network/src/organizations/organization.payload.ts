import { Field, ObjectType } from 'type-graphql';
import { MembershipChange } from './membership-change.entity';
import { Organization } from './organization.entity';

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => Organization)
  organization: Organization;
}

@ObjectType()
export class UpdateOrganizationPayload {
  @Field(() => Organization)
  organization: Organization;
}

@ObjectType()
export class MoveMembershipPayload {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => MembershipChange, { description: 'The move just recorded.' })
  change: MembershipChange;
}
