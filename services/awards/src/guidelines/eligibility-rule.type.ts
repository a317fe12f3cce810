import { Field, ObjectType } from 'type-graphql';

/** One eligibility rule of a guideline version; stored inside the guideline's `eligibility_rules` jsonb array. */
@ObjectType({
  description:
    "What an initiative must meet: to be nominated (every rule) and, for the rules checked at intake, to be listed in the network's intake review.",
})
export class EligibilityRule {
  @Field(() => String, {
    description:
      'Stable key within the guideline, kept from version to version, e.g. "fixed-meeting-place". The network records its intake checks by it.',
  })
  key: string;

  @Field(() => String, { description: 'The rule as a screener or a reviewer reads it.' })
  text: string;

  @Field(() => Boolean, {
    description:
      "Whether the network's intake checks it too: a proposed initiative answers it, and a coordinator lists it only when it is met. Otherwise award-only.",
  })
  checkedAtIntake: boolean;
}
