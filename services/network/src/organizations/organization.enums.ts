import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  JRS_OFFICE = 'JRS_OFFICE',
  NGO = 'NGO',
  FAITH_COMMUNITY = 'FAITH_COMMUNITY',
  SCHOOL = 'SCHOOL',
  UNIVERSITY = 'UNIVERSITY',
  MUNICIPALITY = 'MUNICIPALITY',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** How far an organisation is in joining the network. */
export enum MembershipStage {
  IDENTIFIED = 'IDENTIFIED',
  CONTACTED = 'CONTACTED',
  INVITED = 'INVITED',
  MEMBER = 'MEMBER',
  DECLINED = 'DECLINED',
  INACTIVE = 'INACTIVE',
}
registerEnumType(MembershipStage, {
  name: 'MembershipStage',
  description: 'How far an organisation is in joining the network.',
});
