import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';

export const MAX_EVIDENCE_ITEMS = 20;

@InputType({
  description:
    'An initiative put forward for an award edition whose nominations are open; the caller is the nominator.',
})
export class SubmitNominationInput {
  @Field(() => ID)
  @IsUuid({ message: 'editionId must be an award edition id' })
  editionId: string;

  @Field(() => ID)
  @IsUuid({ message: 'initiativeId must be an initiative id' })
  initiativeId: string;

  @Field(() => String, { description: 'Why the initiative deserves the award (20 to 5000 characters).' })
  @SafeText(5000, { min: 20 })
  statement: string;

  @Field(() => [String], { nullable: true, description: `Links or short texts, at most ${MAX_EVIDENCE_ITEMS}.` })
  @ArrayMaxSize(MAX_EVIDENCE_ITEMS)
  @SafeText(2000, { min: 1, each: true })
  evidence?: string[] | null;
}
