import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { Length, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs, IsUuid, SafeText } from '@best/kit';
import { Activity, InitiativeListing, InitiativeSort, InitiativeStatus, TargetGroup } from './initiative.enums';
import { MAX_RADIUS_KM } from './initiative.geo';

@InputType({ description: 'A point on the map, in WGS 84 degrees.' })
export class GeoPointInput {
  @Field(() => Float)
  @Min(-90, { message: 'latitude must be between -90 and 90' })
  @Max(90, { message: 'latitude must be between -90 and 90' })
  latitude: number;

  @Field(() => Float)
  @Min(-180, { message: 'longitude must be between -180 and 180' })
  @Max(180, { message: 'longitude must be between -180 and 180' })
  longitude: number;
}

@ArgsType()
export class InitiativesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the title, city, summary, description and practice texts, in any language; ' +
      'case and accents do not matter ("Koln" finds "Köln"), a word may be the start of a longer one, ' +
      'and a small typo in title, city or summary still matches.',
  })
  @SafeText(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @Length(2, 2, { message: 'countryCode must be a two-letter country code such as MT' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId?: string | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroup | null;

  @Field(() => Activity, { nullable: true })
  activity?: Activity | null;

  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus | null;

  @Field(() => InitiativeListing, {
    nullable: true,
    description:
      'LISTED when left out. ARCHIVED for everyone; PROPOSED and DECLINED only for admins and the ' +
      "coordinator of the initiative's country (others get an empty list).",
  })
  listing?: InitiativeListing | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'The point `withinKm` and the DISTANCE sort measure from.',
  })
  @ValidateNested()
  near?: GeoPointInput | null;

  @Field(() => Float, {
    nullable: true,
    description: `Only initiatives within this many km of \`near\` (at most ${MAX_RADIUS_KM}).`,
  })
  @Min(0.1, { message: 'withinKm must be at least 0.1' })
  @Max(MAX_RADIUS_KM, { message: `withinKm must be at most ${MAX_RADIUS_KM}` })
  withinKm?: number | null;

  @Field(() => InitiativeSort, {
    nullable: true,
    description: 'RELEVANCE when `search` is given, else TITLE. Cursors belong to the sort they were given with.',
  })
  sort?: InitiativeSort | null;
}
