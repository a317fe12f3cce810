import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Nomination } from '../nominations/nomination.entity';

/** What the decision made of a nomination. */
export enum AwardOutcome {
  WINNER = 'WINNER',
  FINALIST = 'FINALIST',
  SPECIAL_MENTION = 'SPECIAL_MENTION',
  NOT_SELECTED = 'NOT_SELECTED',
}
registerEnumType(AwardOutcome, {
  name: 'AwardOutcome',
  description:
    'What the decision made of a nomination: winner, finalist, special mention (not selected but named), not selected.',
});

@ObjectType({
  description:
    "One nomination's place in an edition's results, both rankings side by side. A scorecard's raw score is " +
    '100 · Σ weight · (score − lowest level) / (highest level − lowest level) / Σ weight over its criteria; a ' +
    "nomination's raw score is the mean over its submitted scorecards. Its normalised score is the mean of " +
    "those scorecards' z-scores, each juror's totals standardised over the nominations that juror scored in the " +
    'edition (a juror with one scorecard, or all equal, counts z = 0), so a harsh and a lenient juror count the ' +
    'same. Ties: the higher score in the chosen ranking, then in the other ranking, then more submitted ' +
    'scorecards; still equal shares the rank (1, 2, 2, 4), never broken by id. Nominations without a submitted ' +
    'scorecard come last. Scores and counts are null for the public, who read announced outcomes and ranks only.',
})
export class AwardResult {
  @Field(() => Nomination)
  nomination: Nomination;

  @Field(() => Int, { description: 'Place in the ranking asked for (or, for the public, the one the decision used).' })
  rank: number;

  @Field(() => Boolean, { description: 'Shares its rank with another nomination in that ranking.' })
  tied: boolean;

  @Field(() => Float, { nullable: true, description: 'Mean weighted score of its submitted scorecards, 0 to 100.' })
  rawScore: number | null;

  @Field(() => Int, { nullable: true })
  rawRank: number | null;

  @Field(() => Float, { nullable: true, description: "Mean of its scorecards' per-juror z-scores." })
  normalisedScore: number | null;

  @Field(() => Int, { nullable: true })
  normalisedRank: number | null;

  @Field(() => Int, { nullable: true })
  submittedScorecards: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Jurors without a declared conflict who have not submitted a scorecard for it: missing scores.',
  })
  missingScorecards: number | null;

  @Field(() => AwardOutcome, { nullable: true, description: 'Null until the edition is decided.' })
  outcome: AwardOutcome | null;
}
