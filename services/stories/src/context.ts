import pino from 'pino';
import type { DataSource } from 'typeorm';
import { SYSTEM, type RequestContext, type Viewer } from '@best/kit';
import { createStoriesLoaders, type StoriesLoaders } from './loaders';

export type StoriesContext = RequestContext<StoriesLoaders>;

/**
 * A context outside any request (seeds, tests, jobs): the same services, fresh loaders. It acts as
 * the platform itself unless a test names another caller.
 */
export function systemContext(
  dataSource: DataSource,
  logger = pino({ level: 'silent' }),
  viewer: Viewer = SYSTEM,
): StoriesContext {
  return { requestId: 'system', viewer, dataSource, loaders: createStoriesLoaders(dataSource, viewer), logger };
}
