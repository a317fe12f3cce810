import { registerEnumType } from 'type-graphql';

/** The phases of an award edition, in the only order they may happen. */
export enum AwardEditionPhase {
  DRAFT = 'DRAFT',
  NOMINATIONS_OPEN = 'NOMINATIONS_OPEN',
  JUDGING = 'JUDGING',
  DECIDED = 'DECIDED',
  ANNOUNCED = 'ANNOUNCED',
}
registerEnumType(AwardEditionPhase, {
  name: 'AwardEditionPhase',
  description: 'Where a national award edition stands: draft → nominations open → judging → decided → announced.',
});

export const PHASE_ORDER: readonly AwardEditionPhase[] = [
  AwardEditionPhase.DRAFT,
  AwardEditionPhase.NOMINATIONS_OPEN,
  AwardEditionPhase.JUDGING,
  AwardEditionPhase.DECIDED,
  AwardEditionPhase.ANNOUNCED,
];
