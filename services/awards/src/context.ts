import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { SYSTEM, type RequestContext, type Viewer } from '@best/kit';
import { createAwardsLoaders, type AwardsLoaders } from './loaders';

export type AwardsContext = RequestContext<AwardsLoaders>;

/**
 * A context for work outside a request (demo seed, test seed builders), with fresh loaders. It acts
 * as the platform itself unless a test names another caller.
 */
export function backgroundContext(
  dataSource: DataSource,
  logger: Logger = pino({ level: 'silent' }),
  viewer: Viewer = SYSTEM,
): AwardsContext {
  return { requestId: randomUUID(), viewer, dataSource, loaders: createAwardsLoaders(dataSource, viewer), logger };
}
