import { ArgsType, Field, ID } from 'type-graphql';
import { IsUUID, Length } from 'class-validator';
import { ConnectionArgs, SafeText } from '@best/kit';
import { Activity, InitiativeStatus, TargetGroup } from './initiative.enums';

@ArgsType()
export class InitiativesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in the title, summary, description or city.' })
  @SafeText(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @Length(2, 2)
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  organizationId?: string | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroup | null;

  @Field(() => Activity, { nullable: true })
  activity?: Activity | null;

  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus | null;
}
