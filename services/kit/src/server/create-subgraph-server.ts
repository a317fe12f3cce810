import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer as createHttpServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { formatError } from '../errors/format-error';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { ErrorCode } from '../errors/error-codes';
import { IdentityRefused, NonceLedger, verifyIdentity } from '../identity/identity-signature';
import type { Viewer } from '../identity/viewer';
import type { GatewayReader } from '../gateway/gateway-reader';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  /** Builds fresh DataLoaders for one request; they apply the caller's access rules in their SQL. */
  createLoaders: (dataSource: DataSource, viewer: Viewer) => Loaders;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** The secret the gateway signs callers' identities with; unsigned requests are refused. */
  identitySecret: string;
  /**
   * Mounts a subgraph's own HTTP routes under `/internal`, behind the same gateway-signature check
   * as `/graphql` (JSON bodies up to 10 kB; the verified caller is in `res.locals.viewer`).
   */
  routes?: (router: express.Router) => void;
  /** Put on every request's context: reads through the gateway as this subgraph. */
  gateway?: GatewayReader;
}

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export interface SubgraphServer {
  app: express.Express;
  listen: (port: number, host?: string) => Promise<RunningServer>;
}

/**
 * The context of one request to `/graphql` or to a subgraph's own routes: the caller the gateway
 * signed (verified before any handler runs), the gateway's request id, fresh loaders.
 */
export function requestContextOf<Loaders>(
  createLoaders: (dataSource: DataSource, viewer: Viewer) => Loaders,
  dataSource: DataSource,
  logger: Logger,
  gateway?: GatewayReader,
): (req: express.Request, res: express.Response) => RequestContext<Loaders> {
  return (req, res) =>
    createRequestContext(createLoaders, dataSource, {
      viewer: res.locals.viewer as Viewer,
      logger,
      requestId: String(req.headers['x-request-id'] ?? randomUUID()),
      gateway,
    });
}

/**
 * A subgraph behind express: `/graphql`, `/health` (the process is up) and `/ready` (its database
 * answers). Inline tracing is off: traces would leak timings to every caller of the gateway.
 */
export async function createSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<SubgraphServer> {
  const { schema, dataSource, logger } = options;
  const httpServer: Server = createHttpServer();
  // The gateway reuses connections: a subgraph must not close an idle one first, or a request sent
  // on it in that instant fails with "socket hang up". Keep idle sockets longer than any client does.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema,
    csrfPrevention: true,
    introspection: process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (err) => logger.error({ err }, 'unexpected error in resolver')),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  const contextOf = requestContextOf(options.createLoaders, dataSource, logger, options.gateway);
  const ledger = new NonceLedger();
  const gatewayOnly: express.RequestHandler = (req, res, next) => {
    try {
      res.locals.viewer = verifyIdentity(req.headers, options.identitySecret, ledger);
      next();
    } catch (error) {
      if (!(error instanceof IdentityRefused)) return next(error);
      logger.warn({ reason: error.message, ip: req.ip }, 'refused a request not signed by the gateway');
      res.status(401).json({
        errors: [
          { message: 'This service answers only the gateway.', extensions: { code: ErrorCode.UNAUTHENTICATED } },
        ],
      });
    }
  };
  app.use('/graphql', gatewayOnly);
  if (options.routes) {
    const internal = express.Router();
    options.routes(internal);
    app.use('/internal', gatewayOnly, express.json({ limit: 10_000 }), internal);
  }
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? 1_000_000 }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextOf(req, res),
    }),
  );
  httpServer.on('request', app);

  return {
    app,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({
            port: actual,
            url: `http://${host}:${actual}/graphql`,
            stop: async () => {
              await apollo.stop();
            },
          });
        });
      }),
  };
}
