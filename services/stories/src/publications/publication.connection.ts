import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Publication } from './publication.entity';

@ObjectType()
export class PublicationConnection extends ConnectionType(Publication, 'Publication') {}
