import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { createSubgraphServer, requestContextOf, type SubgraphServer } from '../server/create-subgraph-server';
import type { SubgraphDefinition, SubgraphDeps } from './subgraph-definition';

/** The subgraph's data source on `url`; `onQuery` sees every SQL statement (tests count them). */
export function createSubgraphDataSource(
  definition: Pick<SubgraphDefinition, 'entities' | 'migrations'>,
  url: string,
  onQuery?: (sql: string) => void,
): DataSource {
  return createDataSource({ url, entities: definition.entities, migrations: definition.migrations, onQuery });
}

/** The subgraph's HTTP server (not yet listening): `/graphql`, `/health`, `/ready` and its own routes. */
export async function createServerFor<Loaders, Options extends object>(
  definition: SubgraphDefinition<Loaders, Options>,
  deps: SubgraphDeps & Partial<Options>,
): Promise<SubgraphServer> {
  const { schema } = await definition.buildSchema();
  return createSubgraphServer({
    name: definition.name,
    schema,
    createLoaders: definition.createLoaders,
    routes: definition.routes?.({
      ...deps,
      contextOf: requestContextOf(definition.createLoaders, deps.dataSource, deps.logger, deps.gateway),
    }),
    dataSource: deps.dataSource,
    logger: deps.logger,
    identitySecret: deps.identitySecret,
    gateway: deps.gateway,
  });
}
