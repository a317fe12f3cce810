import { ArrayMaxSize, IsArray, IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUuid, SafeText } from '@best/kit';
import { BEST_PRACTICE_LIMITS, THEME, THEME_MESSAGE } from './best-practice.rules';

const TEXT = `1 to ${BEST_PRACTICE_LIMITS.text} characters`;
const THEMES =
  `0 to ${BEST_PRACTICE_LIMITS.themes} theme keys, each lower-case words joined by dashes of at most ` +
  `${BEST_PRACTICE_LIMITS.theme} characters (e.g. "sport", "language-cafe"), none twice.`;

@InputType({
  description:
    'Approves a national winner as a best practice with the texts the manual prints: the nomination must be the ' +
    'WINNER of a DECIDED or ANNOUNCED edition, and has at most one best practice.',
})
export class ApproveBestPracticeInput {
  @Field(() => ID)
  @IsUuid({ message: 'nominationId must be a nomination id' })
  nominationId: string;

  @Field(() => String, { description: `What works (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  whatWorks: string;

  @Field(() => String, { description: `Lessons learned (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  lessons: string;

  @Field(() => String, { description: `How to transfer it elsewhere (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  transferability: string;

  @Field(() => [String], { description: THEMES })
  @IsArray()
  @ArrayMaxSize(BEST_PRACTICE_LIMITS.themes)
  @MaxLength(BEST_PRACTICE_LIMITS.theme, { each: true, message: THEME_MESSAGE })
  @Matches(THEME, { each: true, message: THEME_MESSAGE })
  themes: string[];
}

@InputType({
  description:
    'Changes the texts or themes of a best practice; a field left out stays as it is. CONFLICT when someone ' +
    'revised it since expectedVersion.',
})
export class ReviseBestPracticeInput {
  @Field(() => ID)
  @IsUuid({ message: 'bestPracticeId must be a best practice id' })
  bestPracticeId: string;

  @Field(() => Int, { description: "The best practice's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: `What works (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  whatWorks?: string | null;

  @Field(() => String, { nullable: true, description: `Lessons learned (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  lessons?: string | null;

  @Field(() => String, { nullable: true, description: `How to transfer it elsewhere (${TEXT}).` })
  @SafeText(BEST_PRACTICE_LIMITS.text, { min: 1 })
  transferability?: string | null;

  @Field(() => [String], { nullable: true, description: `Replaces every theme: ${THEMES}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BEST_PRACTICE_LIMITS.themes)
  @MaxLength(BEST_PRACTICE_LIMITS.theme, { each: true, message: THEME_MESSAGE })
  @Matches(THEME, { each: true, message: THEME_MESSAGE })
  themes?: string[] | null;
}
