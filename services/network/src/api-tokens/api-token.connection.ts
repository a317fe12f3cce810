import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { ApiToken } from './api-token.entity';

@ObjectType()
export class ApiTokenConnection extends ConnectionType(ApiToken, 'ApiToken') {}
