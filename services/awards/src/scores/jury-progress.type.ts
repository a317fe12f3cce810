import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Counted per juror in one statement (`ScorecardService.loadProgress`); never a score. */
@ObjectType({ description: "How far one juror is with scoring an edition's nominations: counts only, never scores." })
export class JurorProgress {
  editionId: string;

  @Field(() => ID)
  jurorAccountId: string;

  @Field(() => String, { description: 'How the juror is named on this jury.' })
  displayName: string;

  @Field(() => Int, {
    description: 'Nominations the juror has to score: the eligible and shortlisted ones, less their conflicts.',
  })
  toScore: number;

  @Field(() => Int, { description: 'Of those, the ones with a draft scorecard.' })
  drafts: number;

  @Field(() => Int, { description: 'Of those, the ones whose scorecard is submitted.' })
  submitted: number;

  @Field(() => Int, { description: 'Nominations of the edition the juror declared a conflict with.' })
  conflicts: number;
}
