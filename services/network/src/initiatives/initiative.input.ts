import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Max, Min } from 'class-validator';
import { CountryCode, HttpUrl, IsoDate, IsUuid, LanguageCode, SafeText } from '@best/kit';
import { Activity, InitiativeStatus, TargetGroup } from './initiative.enums';

export const LIMITS = {
  title: [3, 200],
  summary: [10, 280],
  city: [1, 100],
  description: 10_000,
  practice: 5000,
  meeting: 300,
  participants: 1_000_000,
  languages: 20,
  links: 10,
} as const;

const people = (what: string) => ({
  nullable: true,
  description: `${what} (0 to ${LIMITS.participants.toLocaleString('en')}).`,
});
const PARTICIPANTS_MESSAGE = `must be a whole number from 0 to ${LIMITS.participants}`;

/**
 * The optional facts of an initiative, shared by createInitiative, updateInitiative and
 * proposeInitiative. In an update, a field left out stays as it is and null clears it.
 */
// A base input: type-graphql copies its fields into each input that extends it; never used on its own,
// so it does not appear in the schema.
@InputType('InitiativeDetailsInput')
export abstract class InitiativeDetailsInput {
  @Field(() => String, { nullable: true, description: `At most ${LIMITS.description} characters.` })
  @SafeText(LIMITS.description)
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The challenge it answers (at most ${LIMITS.practice} characters).`,
  })
  @SafeText(LIMITS.practice)
  challenge?: string | null;

  @Field(() => String, { nullable: true, description: `What it aims for (at most ${LIMITS.practice} characters).` })
  @SafeText(LIMITS.practice)
  goals?: string | null;

  @Field(() => String, { nullable: true, description: `How it works (at most ${LIMITS.practice} characters).` })
  @SafeText(LIMITS.practice)
  howItWorks?: string | null;

  @Field(() => String, { nullable: true, description: `What it achieved (at most ${LIMITS.practice} characters).` })
  @SafeText(LIMITS.practice)
  results?: string | null;

  @Field(() => String, { nullable: true, description: `How it was evaluated (at most ${LIMITS.practice} characters).` })
  @SafeText(LIMITS.practice)
  evaluation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Who benefits, in words (at most ${LIMITS.practice} characters).`,
  })
  @SafeText(LIMITS.practice)
  beneficiaries?: string | null;

  @Field(() => String, { nullable: true, description: `How it is funded (at most ${LIMITS.practice} characters).` })
  @SafeText(LIMITS.practice)
  funding?: string | null;

  @Field(() => String, { nullable: true, description: `Where people meet (at most ${LIMITS.meeting} characters).` })
  @SafeText(LIMITS.meeting, { min: 2 })
  meetingPlace?: string | null;

  @Field(() => String, { nullable: true, description: `When people meet (at most ${LIMITS.meeting} characters).` })
  @SafeText(LIMITS.meeting, { min: 2 })
  meetingTimes?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS 84 degrees; give both coordinates or neither.' })
  @Min(-90, { message: 'latitude must be between -90 and 90' })
  @Max(90, { message: 'latitude must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS 84 degrees; give both coordinates or neither.' })
  @Min(-180, { message: 'longitude must be between -180 and 180' })
  @Max(180, { message: 'longitude must be between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsoDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startDate.' })
  @IsoDate()
  endDate?: string | null;

  @Field(() => Int, people('Local participants'))
  @Min(0, { message: `participantsLocals ${PARTICIPANTS_MESSAGE}` })
  @Max(LIMITS.participants, { message: `participantsLocals ${PARTICIPANTS_MESSAGE}` })
  participantsLocals?: number | null;

  @Field(() => Int, people('Forced-migrant participants'))
  @Min(0, { message: `participantsMigrants ${PARTICIPANTS_MESSAGE}` })
  @Max(LIMITS.participants, { message: `participantsMigrants ${PARTICIPANTS_MESSAGE}` })
  participantsMigrants?: number | null;

  @Field(() => Int, people('Volunteers'))
  @Min(0, { message: `volunteers ${PARTICIPANTS_MESSAGE}` })
  @Max(LIMITS.participants, { message: `volunteers ${PARTICIPANTS_MESSAGE}` })
  volunteers?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: `Languages spoken at the initiative, ISO 639-1 codes (at most ${LIMITS.languages}).`,
  })
  @ArrayMaxSize(LIMITS.languages, { message: `languages can list at most ${LIMITS.languages} languages` })
  @ArrayUnique({ message: 'languages must not repeat a language' })
  @LanguageCode({ each: true })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Web addresses (at most ${LIMITS.links}).` })
  @ArrayMaxSize(LIMITS.links, { message: `links can hold at most ${LIMITS.links} addresses` })
  @ArrayUnique({ message: 'links must not repeat an address' })
  @HttpUrl({ each: true })
  links?: string[] | null;
}

/** The facts every initiative must have when it is first recorded (created or proposed). */
@InputType('NewInitiativeInput')
export abstract class NewInitiativeInput extends InitiativeDetailsInput {
  @Field(() => String, { description: `${LIMITS.title[0]} to ${LIMITS.title[1]} characters.` })
  @SafeText(LIMITS.title[1], { min: LIMITS.title[0] })
  title: string;

  @Field(() => String, {
    description: `One or two sentences, ${LIMITS.summary[0]} to ${LIMITS.summary[1]} characters.`,
  })
  @SafeText(LIMITS.summary[1], { min: LIMITS.summary[0] })
  summary: string;

  @Field(() => String)
  @SafeText(LIMITS.city[1], { min: LIMITS.city[0] })
  city: string;

  @Field(() => [TargetGroup], { description: 'At least one.' })
  @ArrayMinSize(1, { message: 'targetGroups must name at least one target group (OTHER if none fits)' })
  @ArrayUnique({ message: 'targetGroups must not repeat a group' })
  targetGroups: TargetGroup[];

  @Field(() => [Activity], { description: 'Ways it brings people together; at least one.' })
  @ArrayMinSize(1, { message: 'activities must name at least one activity (OTHER if none fits)' })
  @ArrayUnique({ message: 'activities must not repeat an activity' })
  activities: Activity[];

  @Field(() => InitiativeStatus, { nullable: true, description: 'ACTIVE when left out.' })
  status?: InitiativeStatus | null;
}

@InputType({ description: 'A new, listed initiative of an organisation of the network.' })
export class CreateInitiativeInput extends NewInitiativeInput {
  @Field(() => ID)
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId: string;

  @Field(() => ID, { nullable: true, description: "Where it runs; the organisation's country when left out." })
  @CountryCode()
  countryCode?: string | null;
}

@InputType({ description: 'Changes to an initiative: a field left out stays as it is; null clears an optional one.' })
export class UpdateInitiativeInput extends InitiativeDetailsInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be an initiative id' })
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one means someone else saved first.' })
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @SafeText(LIMITS.title[1], { min: LIMITS.title[0] })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(LIMITS.summary[1], { min: LIMITS.summary[0] })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @SafeText(LIMITS.city[1], { min: LIMITS.city[0] })
  city?: string | null;

  @Field(() => [TargetGroup], { nullable: true })
  @ArrayMinSize(1, { message: 'targetGroups must name at least one target group (OTHER if none fits)' })
  @ArrayUnique({ message: 'targetGroups must not repeat a group' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [Activity], { nullable: true })
  @ArrayMinSize(1, { message: 'activities must name at least one activity (OTHER if none fits)' })
  @ArrayUnique({ message: 'activities must not repeat an activity' })
  activities?: Activity[] | null;

  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus | null;

  @Field(() => ID, { nullable: true, description: 'Hands it to another organisation (staff of its country only).' })
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves it to another country of the network.' })
  @CountryCode()
  countryCode?: string | null;
}

@InputType({ description: 'Takes a listed initiative off the map and lists; it stays readable where it is cited.' })
export class ArchiveInitiativeInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be an initiative id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Why (at most 500 characters); shown publicly.' })
  @SafeText(500, { min: 3 })
  reason?: string | null;
}

@InputType({ description: 'Puts an archived initiative back on the map and lists.' })
export class RestoreInitiativeInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be an initiative id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion: number;
}
