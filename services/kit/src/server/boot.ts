import { connectAndMigrate } from '../db/data-source';
import { loadEnv } from '../env/load-env';
import { subgraphEnvSchema } from '../env/subgraph-env';
import { systemContextOf, type SubgraphDefinition } from '../subgraph/subgraph-definition';
import { createServerFor, createSubgraphDataSource } from '../subgraph/subgraph-runtime';
import { createGatewayReader } from '../gateway/gateway-reader';
import { createLogger } from './logger';

/** The environment a subgraph reads: the kit's variables and its own, every problem printed at once. */
export function subgraphEnv(
  definition: Pick<SubgraphDefinition, 'name' | 'defaultPort' | 'env' | 'readsThroughGateway'>,
  source: Record<string, string | undefined> = process.env,
  exit?: (message: string) => never,
) {
  const common = subgraphEnvSchema(definition.defaultPort, definition.name).superRefine((env, check) => {
    if (definition.readsThroughGateway && !env.GATEWAY_URL) {
      check.addIssue({
        code: 'custom',
        path: ['GATEWAY_URL'],
        message: `the ${definition.name} subgraph reads through the gateway: set the gateway's GraphQL URL`,
      });
    }
  });
  return loadEnv(definition.env ? common.and(definition.env) : common, source, exit);
}

/** The whole life of a subgraph process: read env, migrate, seed if asked, listen, stop cleanly on a signal. */
export async function bootSubgraph<Loaders, Options extends object>(
  definition: SubgraphDefinition<Loaders, Options>,
): Promise<void> {
  const env = subgraphEnv(definition);
  const logger = createLogger(definition.name, env.LOG_LEVEL);
  const dataSource = createSubgraphDataSource(definition, env.DATABASE_URL);
  await connectAndMigrate(dataSource);
  if (env.SEED_DEMO) await definition.seedDemo(dataSource, systemContextOf(definition, dataSource));
  const gateway =
    definition.readsThroughGateway && env.GATEWAY_URL
      ? createGatewayReader({ url: env.GATEWAY_URL, secret: env.GATEWAY_IDENTITY_SECRET, service: definition.name })
      : undefined;
  const server = await createServerFor(definition, {
    dataSource,
    logger,
    identitySecret: env.GATEWAY_IDENTITY_SECRET,
    gateway,
  } as Parameters<typeof createServerFor<Loaders, Options>>[1]);
  const running = await server.listen(env.PORT, env.HOST);
  logger.info({ url: running.url }, `${definition.name} subgraph ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${definition.name} subgraph stopping`);
    await running.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * A subgraph's entry point: boots it when the file is run (`node dist/index.js`), and does nothing
 * when it is imported (the stack, tests and the schema printer import the same module).
 */
export function runSubgraph<Loaders, Options extends object>(
  entry: NodeModule,
  definition: SubgraphDefinition<Loaders, Options>,
): void {
  if (require.main !== entry) return;
  bootSubgraph(definition).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
