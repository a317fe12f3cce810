import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { AwardEdition } from './award-edition.entity';

@ObjectType()
export class AwardEditionConnection extends ConnectionType(AwardEdition, 'AwardEdition') {}
