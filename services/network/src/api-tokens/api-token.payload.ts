import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity';

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiToken)
  apiToken: ApiToken;

  @Field(() => String, {
    description:
      'The whole token, to send as `Authorization: Bearer <token>`. Shown in this answer only: it is stored as a hash and cannot be shown again.',
  })
  secret: string;
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken)
  apiToken: ApiToken;
}
