import 'reflect-metadata';
import { bootSubgraph, createLogger } from '@best/kit';
import { createAdvocacyDataSource } from './data-source';
import { seedAdvocacyDemo } from './seed/demo-seed';
import { createServer } from './server';

export { buildAdvocacySchema } from './schema';
export { createServer } from './server';
export { createAdvocacyDataSource, advocacyEntities, advocacyMigrations } from './data-source';
export { seedAdvocacyDemo } from './seed/demo-seed';

async function main() {
  const { env } = await import('./env');
  const logger = createLogger('advocacy', env.LOG_LEVEL);
  const dataSource = createAdvocacyDataSource(env.DATABASE_URL);
  await bootSubgraph({
    name: 'advocacy',
    port: env.PORT,
    host: env.HOST,
    logger,
    dataSource,
    createServer: (ds) => createServer({ dataSource: ds, logger, identitySecret: env.GATEWAY_IDENTITY_SECRET }),
    seed: env.SEED_DEMO ? seedAdvocacyDemo : undefined,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
