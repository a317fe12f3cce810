import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createSubgraphServer, type SubgraphServer } from '@best/kit';
import { createAwardsLoaders } from './loaders';
import { buildAwardsSchema } from './schema';

export interface AwardsServerDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with. */
  identitySecret: string;
}

export async function createServer(deps: AwardsServerDeps): Promise<SubgraphServer> {
  const { schema } = await buildAwardsSchema();
  return createSubgraphServer({ name: 'awards', schema, createLoaders: createAwardsLoaders, ...deps });
}
