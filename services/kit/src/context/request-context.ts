import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import pino, { type Logger } from 'pino';
import type { GatewayReader } from '../gateway/gateway-reader';
import { SYSTEM, type Viewer } from '../identity/viewer';

/** What a resolver receives for one request. Loaders are created per request, never shared. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  /** Who is asking, as signed by the gateway. Every rule is checked against it. */
  viewer: Viewer;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
  /** Reads other subgraphs' data through the gateway, as this service; only for subgraphs that declare `readsThroughGateway`. */
  gateway?: GatewayReader;
}

export interface RequestContextOptions {
  /** Who is asking; the platform itself (SYSTEM) for work outside a request. */
  viewer?: Viewer;
  /** Silent unless given: seeds and tests log nothing. */
  logger?: Logger;
  requestId?: string;
  /** The subgraph's reader of the gateway, when it has one. */
  gateway?: GatewayReader;
}

const silent = pino({ level: 'silent' });

/**
 * The one way a request context is made: for each GraphQL request, and for work outside a request
 * (demo seed, test seed builders, jobs), which uses the same services with fresh loaders and acts
 * as the platform itself unless it names another caller.
 */
export function createRequestContext<Loaders>(
  createLoaders: (dataSource: DataSource, viewer: Viewer) => Loaders,
  dataSource: DataSource,
  options: RequestContextOptions = {},
): RequestContext<Loaders> {
  const viewer = options.viewer ?? SYSTEM;
  return {
    requestId: options.requestId ?? randomUUID(),
    viewer,
    dataSource,
    loaders: createLoaders(dataSource, viewer),
    logger: options.logger ?? silent,
    ...(options.gateway ? { gateway: options.gateway } : {}),
  };
}
