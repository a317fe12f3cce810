import { Field, ObjectType } from 'type-graphql';

@ObjectType('NominationEligibilityCheck', {
  description: "The answer to one eligibility rule of the edition's guideline when a nomination was screened.",
})
export class EligibilityCheck {
  @Field(() => String, { description: "The rule's key in the pinned guideline version." })
  rule: string;

  @Field(() => String, { description: "The rule's text in the pinned guideline version." })
  text: string;

  @Field(() => Boolean, { description: 'Whether the nomination meets the rule.' })
  met: boolean;

  @Field(() => String, { nullable: true, description: 'What the screener noted about this rule.' })
  note: string | null;
}
