import 'reflect-metadata';
import { createServer } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, type RunningServer } from '@best/kit';
import { createTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@best/kit/testing';
import {
  composeSupergraph,
  createGateway,
  readManifest,
  SUBGRAPHS,
  type SubgraphName,
  type TrustedDocumentsMode,
} from '@best/gateway';
import { printSubgraphSdls } from './schemas';
import { SUBGRAPH_PACKAGES } from './subgraphs';

export interface Stack {
  gatewayUrl: string;
  /**
   * Where the web client under test sends its requests: a second gateway in front of the same
   * subgraphs that enforces trusted documents, when `webClientGateway: 'enforce'` asked for one (the
   * tests' own requests behind the page's back keep `gatewayUrl`); `gatewayUrl` otherwise.
   */
  webClientGatewayUrl: string;
  /** The supergraph its gateway serves, for tests that start another gateway in front of the same subgraphs. */
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stop: () => Promise<void>;
}

/** A port free right now, for the gateway: subgraphs that read through it must know its URL before it listens. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `TRUSTED_DOCUMENTS=enforce npx jest <file>` runs any stack test with the gateway enforcing. */
function trustedDocumentsFromEnvironment(): TrustedDocumentsMode {
  const mode = process.env.TRUSTED_DOCUMENTS ?? 'allow';
  if (mode !== 'enforce' && mode !== 'allow')
    throw new Error(`TRUSTED_DOCUMENTS must be enforce or allow, not ${mode}`);
  return mode;
}

/**
 * The whole platform for end-to-end and browser tests: a fresh database per subgraph (migrated,
 * demo data loaded), the four subgraphs and the gateway, each listening on its own port, talking
 * real HTTP, with a supergraph composed from the subgraphs' code as it is now (printed afresh, not
 * read from the committed files: the contract tests say when those lag behind).
 */
export async function startStack(
  options: {
    logLevel?: string;
    /** Sees every SQL statement each subgraph sends (the benchmark counts them). */
    onQuery?: (subgraph: SubgraphName, sql: string) => void;
    /**
     * Who may send what (the gateway's TRUSTED_DOCUMENTS); the web client's committed manifest is
     * registered either way. Default: the TRUSTED_DOCUMENTS environment variable, else `allow`.
     */
    trustedDocuments?: TrustedDocumentsMode;
    /** `enforce`: also start the web client's own gateway, enforcing trusted documents (browser tests). */
    webClientGateway?: 'enforce';
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
    const gatewayPort = await freePort();
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const subgraph = SUBGRAPH_PACKAGES[name];
        const database = await createTestDatabase(name);
        databases.push(database);
        const onQuery = options.onQuery;
        const dataSource = await connectAndMigrate(
          subgraph.createDataSource(database.url, onQuery && ((sql) => onQuery(name, sql))),
        );
        dataSources.push(dataSource);
        await subgraph.seedDemo(dataSource);
        const server = await (
          await subgraph.createServer({ dataSource, logger, identitySecret: TEST_IDENTITY_SECRET, gatewayUrl })
        ).listen(0);
        servers.push(server);
        subgraphUrls[name] = server.url;
      }),
    );
    const { supergraphSdl } = composeSupergraph(await printSubgraphSdls());
    const webClient = readManifest(require.resolve('@best/web/persisted-query-manifest.json'));
    const startGateway = async (mode: TrustedDocumentsMode, port: number) => {
      const gateway = await createGateway({
        supergraphSdl,
        subgraphUrls,
        logger,
        production: false,
        identitySecret: TEST_IDENTITY_SECRET,
        corsOrigins: [],
        // Every test sends from 127.0.0.1; the rate-limit tests build their own gateway with tight limits.
        rateLimits: { perAddress: 1_000_000, perCredential: 1_000_000 },
        trustedDocuments: { mode, webClient },
      });
      const running = await gateway.listen(port);
      servers.push(running);
      return running.url;
    };
    await startGateway(options.trustedDocuments ?? trustedDocumentsFromEnvironment(), gatewayPort);
    const webClientGatewayUrl = options.webClientGateway ? await startGateway(options.webClientGateway, 0) : gatewayUrl;
    return { gatewayUrl, webClientGatewayUrl, supergraphSdl, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
