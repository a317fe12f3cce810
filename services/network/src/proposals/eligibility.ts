import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

// The intake checklist is the published guideline's: its rules checked at intake (awards owns them,
// the network reads them through the gateway). A check names its trait by the rule's key.

@InputType({ description: "The answer to one intake trait of the current guideline, named by the rule's key." })
export class TraitCheckInput {
  @Field(() => String, { description: 'The key of an intake trait, as `intakeTraits` lists them.' })
  @IsString()
  @MaxLength(80)
  trait: string;

  @Field(() => Boolean, { description: 'True when the initiative shows the trait.' })
  @IsBoolean()
  met: boolean;
}

@ObjectType({ description: 'How one intake trait was found, with its text in the guideline version checked against.' })
export class IntakeTraitCheck {
  @Field(() => String, { description: "The trait's key in the guideline." })
  trait: string;

  @Field(() => String, { description: "The trait's text in that guideline version." })
  text: string;

  @Field(() => Boolean)
  met: boolean;
}

@ObjectType({
  description: 'A set of intake checks, one per intake trait of the guideline version they were checked against.',
})
export class IntakeEligibility {
  @Field(() => ID, {
    nullable: true,
    description:
      'The guideline version checked against; null for reviews recorded before the checklist came from the ' +
      "guideline (the campaign's four traits, which version 1 holds).",
  })
  guidelineId: string | null;

  @Field(() => Int, { nullable: true, description: 'Its version number; null when no guideline was published.' })
  guidelineVersion: number | null;

  @Field(() => [IntakeTraitCheck], { description: "One per intake trait, in the guideline's order." })
  checks: IntakeTraitCheck[];
}
