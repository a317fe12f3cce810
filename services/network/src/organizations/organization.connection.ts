import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Organization } from './organization.entity';

@ObjectType()
export class OrganizationConnection extends ConnectionType(Organization, 'Organization') {}
