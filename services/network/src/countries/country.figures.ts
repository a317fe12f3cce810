import { Field, Int, ObjectType } from 'type-graphql';
import { InitiativeStatus } from '../initiatives/initiative.enums';
import { MembershipStage } from '../organizations/organization.enums';

@ObjectType({ description: 'How many organisations of a country are at one stage of the membership pipeline.' })
export class MembershipStageCount {
  @Field(() => MembershipStage)
  stage: MembershipStage;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "How many of a country's listed initiatives have one status." })
export class InitiativeStatusCount {
  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Participant figures summed over a country's listed initiatives." })
export class ParticipantTotals {
  @Field(() => Int)
  locals: number;

  @Field(() => Int)
  migrants: number;

  @Field(() => Int)
  volunteers: number;

  @Field(() => Int, { description: 'Locals and forced migrants together (volunteers not counted).' })
  total: number;
}

/** One row of the per-country organisation figures, as SQL groups them. */
export interface StageRow {
  countryCode: string;
  stage: MembershipStage;
  count: number;
}

/** One row of the per-country initiative figures, as SQL groups them. */
export interface StatusRow {
  countryCode: string;
  status: InitiativeStatus;
  count: number;
  locals: number;
  migrants: number;
  volunteers: number;
}

/** Every stage, in pipeline order, with zero where a country has none. */
export function stageCounts(rows: readonly StageRow[]): MembershipStageCount[] {
  return Object.values(MembershipStage).map((stage) => ({
    stage,
    count: rows.find((row) => row.stage === stage)?.count ?? 0,
  }));
}

export function statusCounts(rows: readonly StatusRow[]): InitiativeStatusCount[] {
  return Object.values(InitiativeStatus).map((status) => ({
    status,
    count: rows.find((row) => row.status === status)?.count ?? 0,
  }));
}

export function participantTotals(rows: readonly StatusRow[]): ParticipantTotals {
  const sum = (key: 'locals' | 'migrants' | 'volunteers') => rows.reduce((total, row) => total + row[key], 0);
  const locals = sum('locals');
  const migrants = sum('migrants');
  return { locals, migrants, volunteers: sum('volunteers'), total: locals + migrants };
}
