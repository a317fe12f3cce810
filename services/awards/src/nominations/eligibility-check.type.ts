import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('NominationEligibilityCheck', {
  description: "The answer to one eligibility rule of the edition's guideline when a nomination was screened.",
})
export class EligibilityCheck {
  @Field(() => Int, { description: "The rule's position in the guideline's eligibilityRules, from 0." })
  rule: number;

  @Field(() => String, { description: "The rule's text in the pinned guideline version." })
  text: string;

  @Field(() => Boolean, { description: 'Whether the nomination meets the rule.' })
  met: boolean;

  @Field(() => String, { nullable: true, description: 'What the screener noted about this rule.' })
  note: string | null;
}
