import { registerEnumType } from 'type-graphql';

export enum WorkshopKind {
  NATIONAL_WORKSHOP = 'NATIONAL_WORKSHOP',
  COMMUNICATION_TRAINING = 'COMMUNICATION_TRAINING',
  EXCHANGE_VISIT = 'EXCHANGE_VISIT',
}
registerEnumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: 'A national workshop, a training on communication strategies, or an exchange visit between partners.',
});

/** Who took part in a workshop; the order here is the order participants are listed in. */
export enum WorkshopParticipantKind {
  STAFF = 'STAFF',
  VOLUNTEERS = 'VOLUNTEERS',
  MIGRANTS = 'MIGRANTS',
  LOCALS = 'LOCALS',
  POLICYMAKERS = 'POLICYMAKERS',
  JOURNALISTS = 'JOURNALISTS',
  PARTNER_ORGANIZATIONS = 'PARTNER_ORGANIZATIONS',
}
registerEnumType(WorkshopParticipantKind, {
  name: 'WorkshopParticipantKind',
  description: "A kind of participant of a workshop, counted separately for the funder's indicators.",
  valuesConfig: { PARTNER_ORGANIZATIONS: { description: 'People attending on behalf of partner organisations.' } },
});

export const WORKSHOP_PARTICIPANT_KINDS = Object.values(WorkshopParticipantKind);
