import { z } from 'zod';
import { bool, identitySecret, loadEnv, logLevel, port, refuseDemoSecretsInProduction } from '@best/kit';

const url = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const gatewayEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port(4000),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: logLevel(),
    NETWORK_URL: url().default('http://127.0.0.1:4001/graphql'),
    AWARDS_URL: url().default('http://127.0.0.1:4002/graphql'),
    STORIES_URL: url().default('http://127.0.0.1:4003/graphql'),
    ADVOCACY_URL: url().default('http://127.0.0.1:4004/graphql'),
    /** Browser origins allowed to call the gateway with credentials (comma-separated). */
    CORS_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173'),
    APOLLO_TELEMETRY_DISABLED: bool(true),
    /** Shared with the subgraphs: the gateway signs each caller's identity with it. */
    GATEWAY_IDENTITY_SECRET: identitySecret(),
  })
  .superRefine(refuseDemoSecretsInProduction(['GATEWAY_IDENTITY_SECRET']));
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const readGatewayEnv = (source: Record<string, string | undefined> = process.env) =>
  loadEnv(gatewayEnvSchema, source);
