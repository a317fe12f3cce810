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
import { ANONYMOUS, signIdentity, type Viewer } from '@best/kit';
import { SUBGRAPHS, type SubgraphName } from './supergraph';
import { SIGN_IN_REQUESTS_PER_ADDRESS, createAuth, serviceOf, serviceReadsOnly, viewerOf } from './auth';
import { storyFeeds } from './feeds/story-feeds';
import { jsonBody } from './http/json-body';
import { mediaRoutes } from './media/media-routes';
import { manualRoutes } from './manuals/manual-routes';
import { createPdfPrinter, DEFAULT_CHROMIUM_PATH } from './manuals/pdf-printer';
import { rateLimit, type RateLimitOptions } from './http/rate-limit';
import { bodyDeadline, isMediaUpload } from './http/body-deadline';
import { DEFAULT_SERVER_TIMEOUTS, serverTimeouts, type ServerTimeoutOptions } from './http/server-timeouts';
import { unexpectedErrors } from './http/unexpected-errors';
import { EMPTY_MANIFEST, trustedDocuments, type TrustedDocumentsOptions } from './persisted';
import { maskGatewayErrors } from './plugins/error-masking';
import { DEFAULT_MAX_TOKENS, useOperationLimits, type OperationLimitsOptions } from './plugins/operation-limits';
import { refuseUnresolvedOperations } from './plugins/unresolved-operation';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The authenticated caller, forwarded to every subgraph under the gateway's signature. */
  viewer: Viewer;
  /** Set when a subgraph reads as itself (the viewer is then SYSTEM): queries only. */
  service?: string;
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
  /** Most lexical tokens in one GraphQL document. */
  maxTokens?: number;
  /** Limits on one operation's depth, aliases, directives, cost and fragments. */
  operationLimits?: Partial<OperationLimitsOptions>;
  /** Requests per window per client address and per credential. */
  rateLimits?: Partial<RateLimitOptions>;
  /** How long a client may take to send its headers and its request. */
  timeouts?: Partial<ServerTimeoutOptions>;
  /** Express `trust proxy`: the proxies whose X-Forwarded-For gives the client's address. */
  trustProxy?: boolean | number | string;
  /** Signs the caller's identity for the subgraphs; they refuse anything unsigned. */
  identitySecret: string;
  /** Base URL of the public web client, for links in the story feeds (PUBLIC_WEB_URL). */
  publicWebUrl?: string;
  /** The Chromium binary that prints manuals to PDF (CHROMIUM_PATH); launched on the first print. */
  chromiumPath?: string;
  /** Registered documents and who may send what (TRUSTED_DOCUMENTS); default: `allow`, none registered. */
  trustedDocuments?: Omit<TrustedDocumentsOptions, 'logger'>;
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
    // The gateway reads NODE_ENV for this; the caller's `production` decides instead.
    __exposeQueryPlanExperimental: !options.production,
    buildService: ({ name }) => new SubgraphDataSource(subgraphUrls[name as SubgraphName], options.identitySecret),
    logger: {
      debug: () => undefined,
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  const httpServer = createHttpServer(serverTimeouts(options.timeouts));
  const apollo = new ApolloServer<GatewayContext>({
    // Automatic persisted queries would let any caller register documents: `trustedDocuments` (an
    // Express step before Apollo Server) swaps a registered id for its document instead.
    persistedQueries: false,
    gateway,
    csrfPrevention: true,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS },
    formatError: maskGatewayErrors({
      production: options.production,
      log: (err) => logger.error({ err }, 'unexpected error in gateway'),
    }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      refuseUnresolvedOperations(),
      serviceReadsOnly<GatewayContext>(),
      useOperationLimits(options.operationLimits),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(bodyDeadline(options.timeouts?.requestTimeoutMs ?? DEFAULT_SERVER_TIMEOUTS.requestTimeoutMs, isMediaUpload));
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
  // Sessions and API tokens live in the network subgraph; its /internal routes are on the same host.
  const auth = createAuth({
    networkUrl: subgraphUrls.network,
    identitySecret: options.identitySecret,
    corsOrigins: options.corsOrigins,
    secureCookie: options.production,
    logger,
  });
  app.use(
    '/auth',
    cors({ origin: options.corsOrigins, credentials: true }),
    // Each sign-in costs the network subgraph a deliberately slow password hash: few per address.
    rateLimit({
      ...options.rateLimits,
      scope: 'auth',
      perAddress: Math.min(
        options.rateLimits?.perAddress ?? SIGN_IN_REQUESTS_PER_ADDRESS,
        SIGN_IN_REQUESTS_PER_ADDRESS,
      ),
      onStoreError: (err) => logger.warn({ err }, 'rate limit store failed'),
    }),
    auth.routes,
  );
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins, credentials: true }),
    rateLimit({ ...options.rateLimits, onStoreError: (err) => logger.warn({ err }, 'rate limit store failed') }),
    auth.authenticateGraphQL,
    ...jsonBody({ limit: options.bodyLimit }),
    trustedDocuments({ ...(options.trustedDocuments ?? { mode: 'allow', webClient: EMPTY_MANIFEST }), logger }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        requestId: String(req.headers['x-request-id'] ?? randomUUID()),
        viewer: viewerOf(res),
        service: serviceOf(res),
      }),
    }),
  );
  app.use('/feeds', storyFeeds({ apollo, publicWebUrl: options.publicWebUrl, rateLimits: options.rateLimits, logger }));
  app.use(
    '/media',
    mediaRoutes({
      storiesUrl: subgraphUrls.stories,
      identitySecret: options.identitySecret,
      corsOrigins: options.corsOrigins,
      authenticate: auth.authenticate,
      rateLimits: options.rateLimits,
      logger,
    }),
  );
  const printer = createPdfPrinter({ executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH });
  app.use(
    '/manuals',
    manualRoutes({
      apollo,
      authenticate: auth.authenticate,
      corsOrigins: options.corsOrigins,
      printer,
      rateLimits: options.rateLimits,
      logger,
    }),
  );
  app.use(unexpectedErrors((err) => logger.error({ err }, 'unexpected error in gateway')));
  httpServer.on('request', app);

  return {
    listen: (port: number, host = '127.0.0.1') =>
      new Promise<RunningGateway>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({
            port: actual,
            url: `http://${host}:${actual}/graphql`,
            stop: async () => {
              await apollo.stop();
              await printer.close();
            },
          });
        });
      }),
  };
}
