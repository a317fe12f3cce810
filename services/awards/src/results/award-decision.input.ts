import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUuid, SafeText } from '@best/kit';

@InputType({
  description:
    "Records the jury's decision on an edition in JUDGING and moves it to DECIDED: winners, finalists and special " +
    'mentions among its eligible and shortlisted nominations; every other one of those is NOT_SELECTED.',
})
export class RecordAwardDecisionInput {
  @Field(() => ID)
  @IsUuid({ message: 'editionId must be an award edition id' })
  editionId: string;

  @Field(() => Int, { description: "The edition's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [ID], { description: 'At least one; they become WINNER.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUuid({ each: true, message: 'winners must be nomination ids' })
  winners: string[];

  @Field(() => [ID], { nullable: true, description: 'They become FINALIST.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUuid({ each: true, message: 'finalists must be nomination ids' })
  finalists?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'NOT_SELECTED, but named by the jury.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUuid({ each: true, message: 'specialMentions must be nomination ids' })
  specialMentions?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Which ranking the decision was read from (default: the normalised one); its ranks are announced.',
  })
  @IsOptional()
  @IsBoolean()
  normalised?: boolean | null;

  @Field(() => String, { description: 'Why the jury decided so (1 to 1000 characters); kept in the phase history.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}
