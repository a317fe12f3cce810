import { Field, InputType, ObjectType } from 'type-graphql';

// The traits a community-building initiative had to show in the "I Get You" campaign. Each is
// answered on its own, so that none is forgotten in a review.
const BRINGS = 'It brings locals and forced migrants together.';
const FIXED = 'It has a fixed meeting place and regular times.';
const INCLUSION = 'It promotes social inclusion.';
const LOCALS = 'It benefits the locals too.';

@InputType({ description: 'The four eligibility traits, each checked: true when the initiative shows it.' })
export class EligibilityCheckInput {
  @Field(() => Boolean, { description: BRINGS })
  bringsLocalsAndForcedMigrantsTogether: boolean;

  @Field(() => Boolean, { description: FIXED })
  fixedMeetingPlaceAndRegularTimes: boolean;

  @Field(() => Boolean, { description: INCLUSION })
  promotesSocialInclusion: boolean;

  @Field(() => Boolean, { description: LOCALS })
  benefitsLocalsToo: boolean;
}

@ObjectType({ description: 'How a reviewer found the four eligibility traits.' })
export class EligibilityCheck {
  @Field(() => Boolean, { description: BRINGS })
  bringsLocalsAndForcedMigrantsTogether: boolean;

  @Field(() => Boolean, { description: FIXED })
  fixedMeetingPlaceAndRegularTimes: boolean;

  @Field(() => Boolean, { description: INCLUSION })
  promotesSocialInclusion: boolean;

  @Field(() => Boolean, { description: LOCALS })
  benefitsLocalsToo: boolean;
}

export const TRAITS = [
  'bringsLocalsAndForcedMigrantsTogether',
  'fixedMeetingPlaceAndRegularTimes',
  'promotesSocialInclusion',
  'benefitsLocalsToo',
] as const satisfies readonly (keyof EligibilityCheck)[];

export const TRAIT_TEXT: Readonly<Record<(typeof TRAITS)[number], string>> = {
  bringsLocalsAndForcedMigrantsTogether: BRINGS,
  fixedMeetingPlaceAndRegularTimes: FIXED,
  promotesSocialInclusion: INCLUSION,
  benefitsLocalsToo: LOCALS,
};
