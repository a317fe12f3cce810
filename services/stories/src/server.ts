import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createSubgraphServer, type SubgraphServer } from '@best/kit';
import { createStoriesLoaders } from './loaders';
import { buildStoriesSchema } from './schema';

export interface StoriesServerDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with. */
  identitySecret: string;
}

export async function createServer(deps: StoriesServerDeps): Promise<SubgraphServer> {
  const { schema } = await buildStoriesSchema();
  return createSubgraphServer({ name: 'stories', schema, createLoaders: createStoriesLoaders, ...deps });
}
