import 'reflect-metadata';
import { bootSubgraph, createLogger } from '@best/kit';
import { createAwardsDataSource } from './data-source';
import { seedAwardsDemo } from './seed/demo-seed';
import { createServer } from './server';

export { buildAwardsSchema } from './schema';
export { createServer } from './server';
export { createAwardsDataSource, awardsEntities, awardsMigrations } from './data-source';
export { seedAwardsDemo } from './seed/demo-seed';

async function main() {
  const { env } = await import('./env');
  const logger = createLogger('awards', env.LOG_LEVEL);
  const dataSource = createAwardsDataSource(env.DATABASE_URL);
  await bootSubgraph({
    name: 'awards',
    port: env.PORT,
    host: env.HOST,
    logger,
    dataSource,
    createServer: (ds) => createServer({ dataSource: ds, logger, identitySecret: env.GATEWAY_IDENTITY_SECRET }),
    seed: env.SEED_DEMO ? seedAwardsDemo : undefined,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
