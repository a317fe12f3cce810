import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger } from '@best/kit';
import { readGatewayEnv } from './env';
import { readManifest } from './persisted';

export { createGateway, type GatewayOptions, type RunningGateway } from './server';
export { composeSupergraph, SUBGRAPHS, type Composed, type SubgraphName } from './supergraph';
export { MAX_TOKENS_CEILING } from './plugins/operation-limits';
export {
  readManifest,
  type PersistedQueryManifest,
  type TrustedDocumentsMode,
  type TrustedDocumentsOptions,
} from './persisted';

/** The committed, composed supergraph that the gateway serves. */
export const readSupergraphSdl = () => readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');

/** The repository root (gateway/dist/..): relative paths in the environment are read from there. */
const REPOSITORY_ROOT = join(__dirname, '..', '..');

async function main() {
  const env = readGatewayEnv();
  // The gateway sends anonymous usage telemetry unless this is set before it starts.
  if (env.APOLLO_TELEMETRY_DISABLED) process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const { createGateway } = await import('./server');
  const gateway = await createGateway({
    supergraphSdl: readSupergraphSdl(),
    subgraphUrls: {
      network: env.NETWORK_URL,
      awards: env.AWARDS_URL,
      stories: env.STORIES_URL,
      advocacy: env.ADVOCACY_URL,
    },
    logger,
    production: env.NODE_ENV === 'production',
    identitySecret: env.GATEWAY_IDENTITY_SECRET,
    bodyLimit: env.MAX_BODY_BYTES,
    maxTokens: env.MAX_TOKENS,
    operationLimits: {
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
      maxFragments: env.MAX_FRAGMENTS,
      maxCost: env.MAX_COST,
    },
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      perAddress: env.RATE_LIMIT_PER_ADDRESS,
      perCredential: env.RATE_LIMIT_PER_CREDENTIAL,
    },
    timeouts: {
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      uploadTimeoutMs: env.UPLOAD_TIMEOUT_MS,
    },
    trustProxy: env.TRUST_PROXY,
    publicWebUrl: env.PUBLIC_WEB_URL,
    chromiumPath: env.CHROMIUM_PATH,
    trustedDocuments: {
      mode: env.TRUSTED_DOCUMENTS,
      webClient: readManifest(resolve(REPOSITORY_ROOT, env.TRUSTED_DOCUMENTS_MANIFEST)),
    },
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  });
  const running = await gateway.listen(env.PORT, env.HOST);
  logger.info({ url: running.url, trustedDocuments: env.TRUSTED_DOCUMENTS }, 'gateway ready');
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
