import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';

@ObjectType({ description: 'How many scores fell on one level of a criterion’s scale.' })
export class CalibrationLevel {
  @Field(() => Int, { description: 'The scale level.' })
  score: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    "One criterion as one edition's jury scored it, over its submitted scorecards, in the criterion's scale points.",
})
export class CalibrationCriterion {
  @Field(() => String, { description: 'The criterion key; criteria are compared across editions by key.' })
  key: string;

  @Field(() => String, { description: "The criterion's name in the edition's guideline version." })
  name: string;

  @Field(() => Int, { description: 'Scores given to this criterion: one per submitted scorecard.' })
  scores: number;

  @Field(() => Float, { nullable: true, description: 'Mean score; null without a submitted scorecard.' })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the scores (population).' })
  standardDeviation: number | null;

  @Field(() => [CalibrationLevel], { description: 'Every level of the scale, lowest first, with its count.' })
  distribution: CalibrationLevel[];

  @Field(() => Float, {
    nullable: true,
    description:
      "This edition's mean minus the mean of the compared editions' means for this key (each edition counts " +
      'once): below 0 a harsher jury than the others on this criterion, above 0 a more lenient one.',
  })
  difference: number | null;
}

@ObjectType({
  description:
    'One juror of an edition, anonymous: numbered from the lowest mean weighted score (1, the harshest) to the ' +
    'highest, equal means by more scorecards first. Never their name or account.',
})
export class CalibrationJuror {
  @Field(() => Int, { description: '1 to n within the edition, by mean weighted score, lowest first.' })
  number: number;

  @Field(() => Int, { description: 'Their submitted scorecards.' })
  scorecards: number;

  @Field(() => Float, { description: 'Mean weighted score of their scorecards, 0 to 100.' })
  meanWeightedScore: number;

  @Field(() => Float, { description: "Standard deviation of their scorecards' weighted scores (0 for one)." })
  standardDeviation: number;

  @Field(() => Float, { description: "Their mean minus the mean weighted score of all their jury's scorecards." })
  differenceFromJury: number;
}

@ObjectType({ description: "One edition's jury, compared with the other juries judging by the same guideline." })
export class CalibrationEdition {
  @Field(() => AwardEdition)
  edition: AwardEdition;

  @Field(() => String, { description: "The edition's country (ISO 3166-1 alpha-2)." })
  countryCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => AwardEditionPhase, { description: 'DECIDED or ANNOUNCED: only decided juries are compared.' })
  phase: AwardEditionPhase;

  @Field(() => Int, { description: 'The version of the guideline the edition was judged by.' })
  guidelineVersion: number;

  @Field(() => Int, { description: 'Jurors on the edition’s jury.' })
  jurors: number;

  @Field(() => Int)
  submittedScorecards: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean weighted score of its submitted scorecards, 0 to 100 (a scorecard's raw score, as in awardResults).",
  })
  meanWeightedScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "meanWeightedScore minus the mean of the compared editions' mean weighted scores.",
  })
  weightedScoreDifference: number | null;

  @Field(() => [CalibrationCriterion], { description: 'Every criterion of its guideline version, in order.' })
  criteria: CalibrationCriterion[];

  @Field(() => [CalibrationJuror], {
    nullable: true,
    description:
      'Each juror with a submitted scorecard, anonymous, lowest mean first: for admins, and for the coordinator ' +
      'of the edition’s country; null for other coordinators.',
  })
  jurorSpread: CalibrationJuror[] | null;
}

@ObjectType({ description: "The mean over the compared editions of one criterion's means." })
export class CalibrationNorm {
  @Field(() => String)
  key: string;

  @Field(() => String, {
    description: 'Its name in the first edition listed (newest first) whose guideline version has the key.',
  })
  name: string;

  @Field(() => Float, { nullable: true, description: "Mean of the editions' means; null when none scored it." })
  mean: number | null;

  @Field(() => Int, { description: 'Editions whose scorecards scored this criterion.' })
  editions: number;
}

@ObjectType({
  description:
    'How the national juries scored against each other, judging by versions of the same guideline: only the ' +
    'submitted scorecards of DECIDED and ANNOUNCED editions count (scoring is blind until the decision).',
})
export class AwardCalibration {
  @Field(() => String)
  guidelineKey: string;

  @Field(() => Int, { nullable: true, description: 'The year compared, or null for every year.' })
  year: number | null;

  @Field(() => [CalibrationEdition], {
    description: 'Newest year first, then the newest guideline version, then by country.',
  })
  editions: CalibrationEdition[];

  @Field(() => [CalibrationNorm], { description: 'Every criterion key of the compared versions.' })
  criteria: CalibrationNorm[];

  @Field(() => Float, {
    nullable: true,
    description: "Mean of the editions' mean weighted scores; null when no edition has a submitted scorecard.",
  })
  meanWeightedScore: number | null;
}
