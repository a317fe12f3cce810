import { registerEnumType } from 'type-graphql';

export enum NominationStatus {
  SUBMITTED = 'SUBMITTED',
  ELIGIBLE = 'ELIGIBLE',
  INELIGIBLE = 'INELIGIBLE',
  SHORTLISTED = 'SHORTLISTED',
  WINNER = 'WINNER',
  FINALIST = 'FINALIST',
  NOT_SELECTED = 'NOT_SELECTED',
  /** Taken back by its nominator before judging; hidden from jurors and from lists unless asked for. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NominationStatus, {
  name: 'NominationStatus',
  description:
    'Where a nomination stands: submitted, checked for eligibility, shortlisted, then decided; or withdrawn by its nominator before judging.',
});

export enum Eligibility {
  UNCHECKED = 'UNCHECKED',
  ELIGIBLE = 'ELIGIBLE',
  INELIGIBLE = 'INELIGIBLE',
}
registerEnumType(Eligibility, {
  name: 'Eligibility',
  description: "The outcome of checking a nomination against its guideline's eligibility rules.",
});
