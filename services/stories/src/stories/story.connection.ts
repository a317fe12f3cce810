import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { Story } from './story.entity';

@ObjectType()
export class StoryConnection extends ConnectionType(Story, 'Story') {}
