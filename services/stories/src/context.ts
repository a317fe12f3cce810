import pino from 'pino';
import type { DataSource } from 'typeorm';
import { SYSTEM, type RequestContext } from '@best/kit';
import { createStoriesLoaders, type StoriesLoaders } from './loaders';

export type StoriesContext = RequestContext<StoriesLoaders>;

/** A context outside any request (seeds, tests, jobs): the same services, fresh loaders. */
export function systemContext(dataSource: DataSource, logger = pino({ level: 'silent' })): StoriesContext {
  return { requestId: 'system', viewer: SYSTEM, dataSource, loaders: createStoriesLoaders(dataSource), logger };
}
