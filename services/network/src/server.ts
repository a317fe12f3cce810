import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createSubgraphServer, type SubgraphServer } from '@best/kit';
import { createNetworkLoaders } from './loaders';
import { buildNetworkSchema } from './schema';
import { networkInternalRoutes } from './sessions/internal.routes';

export interface NetworkServerDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with. */
  identitySecret: string;
}

export async function createServer(deps: NetworkServerDeps): Promise<SubgraphServer> {
  const { schema } = await buildNetworkSchema();
  return createSubgraphServer({
    name: 'network',
    schema,
    createLoaders: createNetworkLoaders,
    // The gateway authenticates every request here: sessions and partner tokens live in this subgraph.
    routes: networkInternalRoutes(deps),
    ...deps,
  });
}
