import { z } from 'zod';
import { bool, identitySecret, loadEnv, logLevel, port, refuseDemoSecretsInProduction } from '@best/kit';
import { DEFAULT_PUBLIC_WEB_URL } from './feeds/public-web-url';
import { DEFAULT_BODY_LIMIT } from './http/json-body';
import { DEFAULT_RATE_LIMITS } from './http/rate-limit';
import { DEFAULT_CHROMIUM_PATH } from './manuals/chromium-path';
import { DEFAULT_SERVER_TIMEOUTS } from './http/server-timeouts';
import { DEFAULT_MAX_TOKENS, DEFAULT_OPERATION_LIMITS, MAX_TOKENS_CEILING } from './plugins/operation-limits';

const count = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

// Which proxies' X-Forwarded-For to believe: "false", a hop count, or Express's names and subnets.
const trustProxy = () =>
  z
    .string()
    .default('false')
    .transform((v) => (v === 'false' || v === '' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v));

/** Where `npm run schema` writes the web client's manifest (`@best/web/persisted-query-manifest.json`). */
export const DEFAULT_WEB_MANIFEST = 'web/src/__generated__/persisted-query-manifest.json';

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
    /** Hostile-input limits: see the README's table for what each bounds. */
    MAX_BODY_BYTES: count(DEFAULT_BODY_LIMIT, 1_000, 10_000_000),
    MAX_TOKENS: count(DEFAULT_MAX_TOKENS, 100, MAX_TOKENS_CEILING),
    MAX_DEPTH: count(DEFAULT_OPERATION_LIMITS.maxDepth, 2, 100),
    MAX_ALIASES: count(DEFAULT_OPERATION_LIMITS.maxAliases, 0, 1_000),
    MAX_DIRECTIVES: count(DEFAULT_OPERATION_LIMITS.maxDirectives, 0, 1_000),
    MAX_FRAGMENTS: count(DEFAULT_OPERATION_LIMITS.maxFragments, 0, 1_000),
    MAX_COST: count(DEFAULT_OPERATION_LIMITS.maxCost, 10, 100_000_000),
    RATE_LIMIT_WINDOW_SECONDS: count(DEFAULT_RATE_LIMITS.windowSeconds, 1, 86_400),
    RATE_LIMIT_PER_ADDRESS: count(DEFAULT_RATE_LIMITS.perAddress, 1, 100_000_000),
    RATE_LIMIT_PER_CREDENTIAL: count(DEFAULT_RATE_LIMITS.perCredential, 1, 100_000_000),
    HEADERS_TIMEOUT_MS: count(DEFAULT_SERVER_TIMEOUTS.headersTimeoutMs, 100, 600_000),
    REQUEST_TIMEOUT_MS: count(DEFAULT_SERVER_TIMEOUTS.requestTimeoutMs, 100, 600_000),
    UPLOAD_TIMEOUT_MS: count(DEFAULT_SERVER_TIMEOUTS.uploadTimeoutMs, 1_000, 3_600_000),
    TRUST_PROXY: trustProxy(),
    /** Base URL of the public web client: links in the story feeds point at its story pages. */
    PUBLIC_WEB_URL: url().default(DEFAULT_PUBLIC_WEB_URL),
    /** The Chromium binary that prints manuals to PDF; without one, PDFs are refused with 503. */
    CHROMIUM_PATH: z.string().min(1).default(DEFAULT_CHROMIUM_PATH),
    /**
     * `enforce`: the public and staff other than admins send registered documents only (see
     * gateway/src/persisted/who-may-send.ts); `allow`: anyone may send any document. Unset: `enforce`
     * when NODE_ENV is production, `allow` otherwise.
     */
    TRUSTED_DOCUMENTS: z.enum(['enforce', 'allow']).optional(),
    /** The web client's trusted-document manifest; a relative path is read from the repository root. */
    TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).default(DEFAULT_WEB_MANIFEST),
  })
  .superRefine(refuseDemoSecretsInProduction(['GATEWAY_IDENTITY_SECRET']))
  .transform((env) => ({
    ...env,
    TRUSTED_DOCUMENTS: env.TRUSTED_DOCUMENTS ?? (env.NODE_ENV === 'production' ? 'enforce' : 'allow'),
  }));
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const readGatewayEnv = (source: Record<string, string | undefined> = process.env) =>
  loadEnv(gatewayEnvSchema, source);
