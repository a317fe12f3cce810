import 'reflect-metadata';
import { bootSubgraph, createLogger } from '@best/kit';
import { createStoriesDataSource } from './data-source';
import { seedStoriesDemo } from './seed/demo-seed';
import { createServer } from './server';

export { buildStoriesSchema } from './schema';
export { createServer } from './server';
export { createStoriesDataSource, storiesEntities, storiesMigrations } from './data-source';
export { seedStoriesDemo } from './seed/demo-seed';

async function main() {
  const { env } = await import('./env');
  const logger = createLogger('stories', env.LOG_LEVEL);
  const dataSource = createStoriesDataSource(env.DATABASE_URL);
  await bootSubgraph({
    name: 'stories',
    port: env.PORT,
    host: env.HOST,
    logger,
    dataSource,
    createServer: (ds) => createServer({ dataSource: ds, logger, identitySecret: env.GATEWAY_IDENTITY_SECRET }),
    seed: env.SEED_DEMO ? seedStoriesDemo : undefined,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
