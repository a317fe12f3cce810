import { registerEnumType } from 'type-graphql';

export enum ScorecardStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ScorecardStatus, {
  name: 'ScorecardStatus',
  description: "A juror's scorecard for one nomination: a draft saved as they go, then submitted and frozen.",
});
