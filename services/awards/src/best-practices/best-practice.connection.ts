import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@best/kit';
import { BestPractice } from './best-practice.entity';

@ObjectType()
export class BestPracticeConnection extends ConnectionType(BestPractice, 'BestPractice') {}
