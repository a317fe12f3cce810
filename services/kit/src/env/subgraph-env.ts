import { z } from 'zod';
import { bool, logLevel, port, postgresUrl } from './load-env';
import { identitySecret, refuseDemoSecretsInProduction } from './secrets';

/** The variables every subgraph reads; `defaultPort` differs per subgraph. */
export const subgraphEnvSchema = (defaultPort: number, defaultDatabase: string) =>
  z
    .object({
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      PORT: port(defaultPort),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl().default(`postgres://postgres:password@127.0.0.1:5433/${defaultDatabase}`),
      SEED_DEMO: bool(false),
      LOG_LEVEL: logLevel(),
      GATEWAY_IDENTITY_SECRET: identitySecret(),
      /** The gateway's GraphQL URL, for subgraphs that read other subgraphs' data through it. */
      GATEWAY_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    })
    .superRefine(refuseDemoSecretsInProduction(['GATEWAY_IDENTITY_SECRET']));
export type SubgraphEnv = z.infer<ReturnType<typeof subgraphEnvSchema>>;
