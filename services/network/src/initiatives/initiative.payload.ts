import { Field, ObjectType } from 'type-graphql';
import { Initiative } from './initiative.entity';

@ObjectType()
export class CreateInitiativePayload {
  @Field(() => Initiative)
  initiative: Initiative;
}

@ObjectType()
export class UpdateInitiativePayload {
  @Field(() => Initiative)
  initiative: Initiative;
}

@ObjectType()
export class ArchiveInitiativePayload {
  @Field(() => Initiative)
  initiative: Initiative;
}

@ObjectType()
export class RestoreInitiativePayload {
  @Field(() => Initiative)
  initiative: Initiative;
}
