import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@best/kit';
import { readGatewayEnv } from './env';

export { createGateway, type GatewayOptions, type RunningGateway } from './server';
export { composeSupergraph, SUBGRAPHS, type SubgraphName } from './supergraph';

/** The committed, composed supergraph that the gateway serves. */
export const readSupergraphSdl = () => readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');

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
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  });
  const running = await gateway.listen(env.PORT, env.HOST);
  logger.info({ url: running.url }, 'gateway ready');
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
