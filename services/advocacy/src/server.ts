import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createSubgraphServer, type SubgraphServer } from '@best/kit';
import { createAdvocacyLoaders } from './loaders';
import { buildAdvocacySchema } from './schema';

export interface AdvocacyServerDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with. */
  identitySecret: string;
}

export async function createServer(deps: AdvocacyServerDeps): Promise<SubgraphServer> {
  const { schema } = await buildAdvocacySchema();
  return createSubgraphServer({ name: 'advocacy', schema, createLoaders: createAdvocacyLoaders, ...deps });
}
