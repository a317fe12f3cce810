import 'reflect-metadata';
import { bootSubgraph, createLogger } from '@best/kit';
import { createNetworkDataSource } from './data-source';
import { seedNetworkDemo } from './seed/demo-seed';
import { createServer } from './server';

export { buildNetworkSchema } from './schema';
export { createServer } from './server';
export { createNetworkDataSource, networkEntities, networkMigrations } from './data-source';
export { seedNetworkDemo } from './seed/demo-seed';

async function main() {
  const { env } = await import('./env');
  const logger = createLogger('network', env.LOG_LEVEL);
  const dataSource = createNetworkDataSource(env.DATABASE_URL);
  await bootSubgraph({
    name: 'network',
    port: env.PORT,
    host: env.HOST,
    logger,
    dataSource,
    createServer: (ds) => createServer({ dataSource: ds, logger, identitySecret: env.GATEWAY_IDENTITY_SECRET }),
    seed: env.SEED_DEMO ? seedNetworkDemo : undefined,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
