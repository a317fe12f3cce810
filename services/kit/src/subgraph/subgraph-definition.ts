import type express from 'express';
import type { Logger } from 'pino';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { z } from 'zod';
import { createRequestContext, type RequestContext } from '../context/request-context';
import type { GatewayReader } from '../gateway/gateway-reader';
import type { Viewer } from '../identity/viewer';
import type { FederatedSchema } from '../schema/build-federated-schema';

/** What every subgraph server is built from, in production and in tests alike. */
export interface SubgraphDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with; unsigned requests are refused. */
  identitySecret: string;
  /** Reads other subgraphs' data through the gateway (subgraphs that declare `readsThroughGateway`). */
  gateway?: GatewayReader;
}

/** What a subgraph's own routes are built with: the server's deps and the one way to make a request's context. */
export type SubgraphRouteDeps<Loaders, Options extends object = object> = SubgraphDeps &
  Partial<Options> & {
    /** The context of a request to these routes, made as for `/graphql`. */
    contextOf: (req: express.Request, res: express.Response) => RequestContext<Loaders>;
  };

/**
 * Everything the kit needs to know about a subgraph, said once in its `src/subgraph.ts`: the kit
 * boots it (`runSubgraph`), prints its schema and starts it for tests (`startSubgraph`) from this.
 * `Options` are what a subgraph's server takes besides the usual deps (stories: its media storage).
 */
export interface SubgraphDefinition<Loaders = unknown, Options extends object = object> {
  /** Its name in the supergraph, its log lines and its database (`network`, `awards`, ...). */
  name: string;
  /** The port it listens on when PORT is not set. */
  defaultPort: number;
  entities: MixedList<Function | string | EntitySchema>;
  /** Forward-only migrations, oldest first. */
  migrations: MixedList<Function | string>;
  /** The federated schema: type-graphql resolvers with the reference resolvers merged in. */
  buildSchema: () => Promise<FederatedSchema>;
  /** Fresh DataLoaders for one request and one caller; they apply the caller's rules in their SQL. */
  createLoaders: (dataSource: DataSource, viewer: Viewer) => Loaders;
  /**
   * Loads the demo data into an empty database (and tops up an older one). `context` acts as the
   * platform itself (SYSTEM), for seeds that go through the product's services.
   */
  seedDemo: (dataSource: DataSource, context: RequestContext<Loaders>) => Promise<void>;
  /** Variables this subgraph reads besides the kit's (PORT, DATABASE_URL, ...); checked at boot. */
  env?: z.ZodType<object>;
  /**
   * Whether it reads other subgraphs' data through the gateway (awards: the organisations behind an
   * initiative and a juror). Such a subgraph does not boot without GATEWAY_URL, and its request
   * contexts carry `gateway`.
   */
  readsThroughGateway?: boolean;
  /**
   * Its own HTTP routes under `/internal`, behind the gateway-signature check (network: sign-in;
   * stories: media). Called once per server, so it may set up what the routes share.
   */
  routes?: (deps: SubgraphRouteDeps<Loaders, Options>) => (router: express.Router) => void;
}

/** Declares a subgraph; a function only so that TypeScript infers `Loaders` from `createLoaders`. */
export function defineSubgraph<Loaders, Options extends object = object>(
  definition: SubgraphDefinition<Loaders, Options>,
): SubgraphDefinition<Loaders, Options> {
  return definition;
}

/** The loaders of a subgraph definition, for its context type: `RequestContext<LoadersOf<typeof x>>`. */
export type LoadersOf<D> = D extends SubgraphDefinition<infer L, object> ? L : never;

/** A context outside any request (seeds, test builders, jobs): as SYSTEM unless `viewer` is given. */
export function systemContextOf<Loaders>(
  definition: Pick<SubgraphDefinition<Loaders, object>, 'createLoaders'>,
  dataSource: DataSource,
  viewer?: Viewer,
  gateway?: GatewayReader,
): RequestContext<Loaders> {
  return createRequestContext(definition.createLoaders, dataSource, { viewer, gateway });
}
