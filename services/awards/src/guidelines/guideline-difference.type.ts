import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Criterion } from './criterion.entity';
import { EligibilityRule } from './eligibility-rule.type';
import { CriterionField } from './guideline.diff';
import { Guideline } from './guideline.entity';

registerEnumType(CriterionField, {
  name: 'CriterionField',
  description: 'A part of a criterion that can change between two versions of a guideline.',
});

@ObjectType({ description: 'A text before and after.' })
export class TextChange {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;
}

@ObjectType({ description: 'A weight before and after.' })
export class WeightChange {
  @Field(() => Float)
  from: number;

  @Field(() => Float)
  to: number;
}

@ObjectType({ description: 'The descriptor of one scale level before and after, by its score.' })
export class ScaleLevelChange {
  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true, description: 'Null when the level is new.' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the level was dropped.' })
  to: string | null;
}

@ObjectType({ description: 'Whether a rule was checked at intake, before and after.' })
export class IntakeFlagChange {
  @Field(() => Boolean)
  from: boolean;

  @Field(() => Boolean)
  to: boolean;
}

@ObjectType({ description: 'An eligibility rule kept under the same key whose text or intake flag changed.' })
export class EligibilityRuleChange {
  @Field(() => String)
  key: string;

  @Field(() => TextChange, { nullable: true, description: 'Null when the text is the same.' })
  text: TextChange | null;

  @Field(() => IntakeFlagChange, { nullable: true, description: 'Null when the intake flag is the same.' })
  checkedAtIntake: IntakeFlagChange | null;
}

@ObjectType({ description: 'A criterion kept under the same key whose content changed.' })
export class CriterionChange {
  @Field(() => String)
  key: string;

  @Field(() => Criterion, { description: 'The criterion in the older version.' })
  from: Criterion;

  @Field(() => Criterion, { description: 'The criterion in the newer version.' })
  to: Criterion;

  @Field(() => [CriterionField], { description: 'Which parts changed.' })
  changedFields: CriterionField[];

  @Field(() => TextChange, { nullable: true, description: 'Null when unchanged.' })
  name: TextChange | null;

  @Field(() => TextChange, { nullable: true, description: 'Null when unchanged.' })
  description: TextChange | null;

  @Field(() => WeightChange, { nullable: true, description: 'Null when unchanged.' })
  weight: WeightChange | null;

  @Field(() => [ScaleLevelChange], { description: 'Only the levels added, dropped or reworded.' })
  scaleLevels: ScaleLevelChange[];
}

@ObjectType({
  description:
    'What changed from one guideline version to another. Criteria and eligibility rules are matched by ' +
    'key: a renamed key reads as removed and added, a reworded rule under the same key as changed.',
})
export class GuidelineDifference {
  @Field(() => Guideline)
  from: Guideline;

  @Field(() => Guideline)
  to: Guideline;

  @Field(() => TextChange, { nullable: true, description: 'Null when the title is the same.' })
  title: TextChange | null;

  @Field(() => [Criterion])
  criteriaAdded: Criterion[];

  @Field(() => [Criterion])
  criteriaRemoved: Criterion[];

  @Field(() => [CriterionChange])
  criteriaChanged: CriterionChange[];

  @Field(() => [EligibilityRule], { description: 'Rules whose key the older version does not have.' })
  eligibilityRulesAdded: EligibilityRule[];

  @Field(() => [EligibilityRule], { description: 'Rules whose key the newer version does not have.' })
  eligibilityRulesRemoved: EligibilityRule[];

  @Field(() => [EligibilityRuleChange], { description: 'Rules kept by key whose text or intake flag changed.' })
  eligibilityRulesChanged: EligibilityRuleChange[];
}
