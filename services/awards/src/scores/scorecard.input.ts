import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { COMMENT_MAX } from './scorecard.rules';

@InputType({ description: "One criterion's score, on that criterion's scale." })
export class ScoreInput {
  @Field(() => String, { description: "A criterion key of the edition's guideline version." })
  @SafeText(100, { min: 1 })
  criterion: string;

  @Field(() => Int, { description: "One of the criterion's scale levels." })
  @IsInt()
  score: number;

  @Field(() => String, {
    nullable: true,
    description: `Why this score (at most ${COMMENT_MAX} characters); required before submitting. Omitted: an empty comment.`,
  })
  @SafeText(COMMENT_MAX)
  comment?: string | null;
}

@InputType({
  description:
    "Saves some or all of the caller's scores for a nomination as a draft; a criterion already scored is overwritten.",
})
export class SaveScoresInput {
  @Field(() => ID)
  @IsUuid({ message: 'nominationId must be a nomination id' })
  nominationId: string;

  @Field(() => Int, {
    nullable: true,
    description: "The scorecard's version as the caller last read it; omitted for the first save.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => [ScoreInput], { description: '1 to 100 scores.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  scores: ScoreInput[];
}

@InputType({ description: "Submits the caller's complete scorecard for a nomination; it cannot change afterwards." })
export class SubmitScorecardInput {
  @Field(() => ID)
  @IsUuid({ message: 'nominationId must be a nomination id' })
  nominationId: string;

  @Field(() => Int, { description: "The scorecard's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
