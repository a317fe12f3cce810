import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

/** What a resolver receives for one request. Loaders are created per request, never shared. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
}
