import { Field, ObjectType } from 'type-graphql';
import { Publication } from './publication.entity';

@ObjectType()
export class RecordPublicationPayload {
  @Field(() => Publication) publication: Publication;
}

@ObjectType()
export class UpdatePublicationReachPayload {
  @Field(() => Publication) publication: Publication;
}

@ObjectType()
export class MarkPublicationTakenDownPayload {
  @Field(() => Publication) publication: Publication;
}
