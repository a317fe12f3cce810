import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CountryCode, IsUuid, SafeText } from '@best/kit';
import { AwardEditionPhase } from './award-edition.enums';

@InputType({ description: "Starts a country's national award for a year, as a draft judged by a published guideline." })
export class CreateAwardEditionInput {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2, in either case.' })
  @CountryCode()
  countryCode: string;

  @Field(() => Int, { description: 'Between 2000 and 2100; a country has one edition per year.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID, { description: 'A published guideline version; a draft is refused.' })
  @IsUuid({ message: 'guidelineId must be a guideline id' })
  guidelineId: string;

  @Field(() => String, { description: '1 to 200 characters.' })
  @SafeText(200, { min: 1 })
  title: string;

  @Field(() => Date, { nullable: true, description: 'When nominations are planned to open; they cannot open earlier.' })
  opensAt?: Date | null;

  @Field(() => Date, { description: 'No nomination is accepted after this moment; after opensAt.' })
  nominationsCloseAt: Date;

  @Field(() => Date, { description: 'When the jury is due to decide; after nominationsCloseAt.' })
  decisionAt: Date;
}

@InputType({ description: 'Moves an award edition to another phase, saying why.' })
export class MoveAwardEditionPhaseInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be an award edition id' })
  id: string;

  @Field(() => Int, { description: "The edition's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AwardEditionPhase)
  @IsEnum(AwardEditionPhase)
  to: AwardEditionPhase;

  @Field(() => String, { description: 'Why the move is made (1 to 1000 characters); kept in the phase history.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}
