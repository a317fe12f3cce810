export { demoId } from './ids';
export { rng, pick, pickSome } from './random';
export {
  TARGET_GROUPS,
  ACTIVITIES,
  ORGANIZATION_KINDS,
  MEMBERSHIP_STAGES,
  INITIATIVE_STATUSES,
  DEMO_STAFF,
  type TargetGroup,
  type Activity,
  type OrganizationKind,
  type MembershipStage,
  type InitiativeStatus,
} from './vocabulary';
export {
  demoNetwork,
  type DemoCountry,
  type DemoMembershipStep,
  type DemoOrganization,
  type DemoInitiative,
  type DemoNetwork,
} from './network';
