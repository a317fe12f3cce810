import 'reflect-metadata';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import {
  connectAndMigrate,
  createTestDatabase,
  TEST_IDENTITY_SECRET,
  type RunningServer,
  type SubgraphServer,
  type TestDatabase,
} from '@best/kit';
import { createGateway } from '../server';
import { composeSupergraph, SUBGRAPHS, type SubgraphName } from '../supergraph';

interface SubgraphModule {
  createServer: (deps: {
    dataSource: DataSource;
    logger: pino.Logger;
    identitySecret: string;
  }) => Promise<SubgraphServer>;
  createDataSource: (url: string, onQuery?: (sql: string) => void) => DataSource;
  seed: (dataSource: DataSource) => Promise<void>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each subgraph is a devDependency loaded by name */
function loadSubgraph(name: SubgraphName): SubgraphModule {
  const mod = require(`@best/${name}`);
  const title = name[0].toUpperCase() + name.slice(1);
  return {
    createServer: mod.createServer,
    createDataSource: mod[`create${title}DataSource`],
    seed: mod[`seed${title}Demo`],
  };
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stop: () => Promise<void>;
}

/**
 * The whole platform for end-to-end and browser tests: a fresh database per subgraph (migrated,
 * demo data loaded), the four subgraphs and the gateway, each listening on its own port, talking
 * real HTTP, with a supergraph composed from the subgraphs as they are now.
 */
export async function startStack(
  options: {
    logLevel?: string;
    /** Sees every SQL statement each subgraph sends (the benchmark counts them). */
    onQuery?: (subgraph: SubgraphName, sql: string) => void;
  } = {},
): Promise<Stack> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = pino({ level: options.logLevel ?? 'silent' });
  const databases: TestDatabase[] = [];
  const dataSources: DataSource[] = [];
  const servers: RunningServer[] = [];
  const subgraphUrls = {} as Record<SubgraphName, string>;
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    for (const dataSource of dataSources) if (dataSource.isInitialized) await dataSource.destroy();
    for (const database of databases) await database.drop();
  };
  try {
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const subgraph = loadSubgraph(name);
        const database = await createTestDatabase(name);
        databases.push(database);
        const onQuery = options.onQuery;
        const dataSource = await connectAndMigrate(
          subgraph.createDataSource(database.url, onQuery && ((sql) => onQuery(name, sql))),
        );
        dataSources.push(dataSource);
        await subgraph.seed(dataSource);
        const server = await (
          await subgraph.createServer({ dataSource, logger, identitySecret: TEST_IDENTITY_SECRET })
        ).listen(0);
        servers.push(server);
        subgraphUrls[name] = server.url;
      }),
    );
    const gateway = await createGateway({
      supergraphSdl: composeSupergraph().supergraphSdl,
      subgraphUrls,
      logger,
      production: false,
      identitySecret: TEST_IDENTITY_SECRET,
      corsOrigins: [],
      // Every test sends from 127.0.0.1; the rate-limit tests build their own gateway with tight limits.
      rateLimits: { perAddress: 1_000_000, perCredential: 1_000_000 },
    });
    const running = await gateway.listen(0);
    servers.push(running);
    return { gatewayUrl: running.url, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
