import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Logger } from 'pino';
import { ANONYMOUS, formatError, signIdentity, type Viewer } from '@best/kit';
import { SUBGRAPHS, type SubgraphName } from './supergraph';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The authenticated caller, forwarded to every subgraph under the gateway's signature. */
  viewer: Viewer;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph's /graphql endpoint listens. */
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
  production: boolean;
  corsOrigins: string[];
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Signs the caller's identity for the subgraphs; they refuse anything unsigned. */
  identitySecret: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * Signs the caller's identity (with a timestamp and a nonce) on every subgraph request, and forwards
 * the request id so one request can be followed through every subgraph's logs.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
  ) {
    super({ url });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context?.requestId) headers.set('x-request-id', context.requestId);
    for (const [name, value] of Object.entries(signIdentity(context?.viewer ?? ANONYMOUS, this.identitySecret))) {
      headers.set(name, value);
    }
  }
}

async function subgraphReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The gateway as a factory: tests and the entry point build it the same way. */
export async function createGateway(options: GatewayOptions) {
  const { logger, subgraphUrls } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new SubgraphDataSource(subgraphUrls[name as SubgraphName], options.identitySecret),
    logger: {
      debug: () => undefined,
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  const httpServer = createHttpServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: (formatted, error) =>
      formatError(formatted, error, (err) => logger.error({ err }, 'unexpected error in gateway')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      SUBGRAPHS.map(async (name) => [name, await subgraphReady(subgraphUrls[name])] as const),
    );
    const ready = checks.every(([, ok]) => ok);
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins, credentials: true }),
    express.json({ limit: options.bodyLimit ?? 100_000 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: String(req.headers['x-request-id'] ?? randomUUID()),
        viewer: ANONYMOUS,
      }),
    }),
  );
  httpServer.on('request', app);

  return {
    listen: (port: number, host = '127.0.0.1') =>
      new Promise<RunningGateway>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({ port: actual, url: `http://${host}:${actual}/graphql`, stop: () => apollo.stop() });
        });
      }),
  };
}
