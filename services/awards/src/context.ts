import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { SYSTEM, type RequestContext } from '@best/kit';
import { createAwardsLoaders, type AwardsLoaders } from './loaders';

export type AwardsContext = RequestContext<AwardsLoaders>;

/** A context for work outside a request (demo seed, test seed builders), with fresh loaders. */
export function backgroundContext(dataSource: DataSource, logger: Logger = pino({ level: 'silent' })): AwardsContext {
  return { requestId: randomUUID(), viewer: SYSTEM, dataSource, loaders: createAwardsLoaders(dataSource), logger };
}
