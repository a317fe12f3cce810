import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Viewer } from '../identity/viewer';

/** What a resolver receives for one request. Loaders are created per request, never shared. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  /** Who is asking, as signed by the gateway. Every rule is checked against it. */
  viewer: Viewer;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
}
