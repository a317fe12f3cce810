import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { connectAndMigrate } from '../db/data-source';
import type { SubgraphServer } from './create-subgraph-server';

export interface BootOptions {
  name: string;
  port: number;
  host: string;
  logger: Logger;
  dataSource: DataSource;
  createServer: (dataSource: DataSource) => Promise<SubgraphServer>;
  /** Loads demo data when the database is empty. */
  seed?: (dataSource: DataSource) => Promise<void>;
}

/** The whole life of a subgraph process: migrate, seed if asked, listen, stop cleanly on a signal. */
export async function bootSubgraph(options: BootOptions): Promise<void> {
  const { logger, dataSource } = options;
  await connectAndMigrate(dataSource);
  if (options.seed) await options.seed(dataSource);
  const server = await options.createServer(dataSource);
  const running = await server.listen(options.port, options.host);
  logger.info({ url: running.url }, `${options.name} subgraph ready`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${options.name} subgraph stopping`);
    await running.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
