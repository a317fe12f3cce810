import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { GUIDELINE_LIMITS, SLUG, SLUG_MESSAGE } from './guideline.rules';

// Field limits are checked here, before anything runs; the rules of a whole draft (weights, scales,
// unique keys) in guideline.rules.ts, which publishing applies again.

@InputType({ description: 'One level of a scoring scale: the score a juror gives and what it means.' })
export class ScaleLevelInput {
  @Field(() => Int, { description: 'Scores go up by one from level to level, lowest first.' })
  score: number;

  @Field(() => String, {
    description: `What an initiative looks like at this level (1 to ${GUIDELINE_LIMITS.descriptor} characters).`,
  })
  @SafeText(GUIDELINE_LIMITS.descriptor, { min: 1 })
  descriptor: string;
}

@InputType({
  description: 'One eligibility rule of a guideline: its stable key, its text, and whether intake checks it.',
})
export class EligibilityRuleInput {
  @Field(() => String, {
    description:
      'Lowercase words joined by hyphens, unique within the guideline; keep it when a later version rewords the rule.',
  })
  @MaxLength(GUIDELINE_LIMITS.key, { message: `must be at most ${GUIDELINE_LIMITS.key} characters` })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  key: string;

  @Field(() => String, { description: `1 to ${GUIDELINE_LIMITS.eligibilityRule} characters.` })
  @SafeText(GUIDELINE_LIMITS.eligibilityRule, { min: 1 })
  text: string;

  @Field(() => Boolean, {
    description: "True when the network's intake checks it too (a proposal answers it); false for award-only rules.",
  })
  @IsBoolean()
  checkedAtIntake: boolean;
}

@InputType({ description: 'One criterion of a guideline, with its weight and scoring scale.' })
export class CriterionInput {
  @Field(() => String, {
    description: 'Lowercase words joined by hyphens, unique within the guideline, e.g. "fixed-meeting-place".',
  })
  @MaxLength(GUIDELINE_LIMITS.key, { message: `must be at most ${GUIDELINE_LIMITS.key} characters` })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  key: string;

  @Field(() => String, { description: `1 to ${GUIDELINE_LIMITS.name} characters.` })
  @SafeText(GUIDELINE_LIMITS.name, { min: 1 })
  name: string;

  @Field(() => String, { nullable: true, description: `At most ${GUIDELINE_LIMITS.description} characters.` })
  @SafeText(GUIDELINE_LIMITS.description)
  description?: string | null;

  @Field(() => Float, { description: 'Relative weight in the weighted score; greater than 0.' })
  weight: number;

  @Field(() => [ScaleLevelInput], {
    description: `2 to ${GUIDELINE_LIMITS.scaleLevels} levels, lowest score first.`,
  })
  @ArrayMaxSize(GUIDELINE_LIMITS.scaleLevels)
  @ValidateNested()
  scale: ScaleLevelInput[];
}

@InputType({
  description:
    'Version 1 of a new criteria set, as a draft only admins see. A later version of an existing set ' +
    'starts with startGuidelineVersion, as a copy of its latest published version.',
})
export class CreateGuidelineDraftInput {
  @Field(() => String, { description: 'Names the criteria set across its versions, e.g. "best-practice-guidelines".' })
  @MaxLength(GUIDELINE_LIMITS.key, { message: `must be at most ${GUIDELINE_LIMITS.key} characters` })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  key: string;

  @Field(() => String, { description: `1 to ${GUIDELINE_LIMITS.title} characters.` })
  @SafeText(GUIDELINE_LIMITS.title, { min: 1 })
  title: string;

  @Field(() => [EligibilityRuleInput], {
    nullable: true,
    description: `What an initiative must meet to be nominated, at most ${GUIDELINE_LIMITS.eligibilityRules}.`,
  })
  @ArrayMaxSize(GUIDELINE_LIMITS.eligibilityRules)
  @ValidateNested()
  eligibilityRules?: EligibilityRuleInput[] | null;

  @Field(() => [CriterionInput], {
    description: `1 to ${GUIDELINE_LIMITS.criteria} criteria, in the order jurors see them.`,
  })
  @ArrayMaxSize(GUIDELINE_LIMITS.criteria)
  @ValidateNested()
  criteria: CriterionInput[];
}

@InputType({
  description:
    'Changes to a draft: a field left out stays as it is; criteria, when given, replace all of them. ' +
    'Refused with CONFLICT when someone saved since `expectedRevision`, or when the version is published.',
})
export class ReviseGuidelineDraftInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be a guideline id' })
  id: string;

  @Field(() => Int, { description: 'The revision you edited; a newer one means someone else saved first.' })
  @Min(1)
  expectedRevision: number;

  @Field(() => String, { nullable: true, description: `1 to ${GUIDELINE_LIMITS.title} characters.` })
  @SafeText(GUIDELINE_LIMITS.title, { min: 1 })
  title?: string | null;

  @Field(() => [EligibilityRuleInput], { nullable: true, description: 'Replaces every eligibility rule.' })
  @ArrayMaxSize(GUIDELINE_LIMITS.eligibilityRules)
  @ValidateNested()
  eligibilityRules?: EligibilityRuleInput[] | null;

  @Field(() => [CriterionInput], { nullable: true, description: 'Replaces every criterion, in this order.' })
  @ArrayMaxSize(GUIDELINE_LIMITS.criteria)
  @ValidateNested()
  criteria?: CriterionInput[] | null;
}

@InputType({ description: 'Publishes a draft: from then on it never changes and award editions may judge by it.' })
export class PublishGuidelineInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be a guideline id' })
  id: string;

  @Field(() => Int, { description: 'The revision you reviewed; a newer one means someone else saved first.' })
  @Min(1)
  expectedRevision: number;
}

@InputType({ description: 'Starts the next version of a criteria set as a copy of its latest published version.' })
export class StartGuidelineVersionInput {
  @Field(() => String)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  key: string;
}
