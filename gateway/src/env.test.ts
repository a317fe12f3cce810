import { gatewayEnvSchema } from './env';
import { loadEnv } from '@best/kit';

const exitWith = (message: string): never => {
  throw new Error(message);
};

describe('gateway configuration', () => {
  it('starts with defaults when nothing is set', () => {
    const env = loadEnv(gatewayEnvSchema, {}, exitWith);
    expect(env.PORT).toBe(4000);
    expect(env.APOLLO_TELEMETRY_DISABLED).toBe(true);
  });

  it('names every bad value at once instead of starting', () => {
    const load = () =>
      loadEnv(gatewayEnvSchema, { PORT: 'eighty', NETWORK_URL: 'ftp://x', NODE_ENV: 'prod' }, exitWith);
    for (const name of ['PORT', 'NETWORK_URL', 'NODE_ENV']) expect(load).toThrow(new RegExp(`- ${name}: `));
  });

  it('refuses a port out of range', () => {
    expect(() => loadEnv(gatewayEnvSchema, { PORT: '70000' }, exitWith)).toThrow(/PORT/);
  });
});

describe('hostile-input limits in the gateway configuration', () => {
  it('defaults to the limits chosen for our schema', () => {
    const env = loadEnv(gatewayEnvSchema, {}, exitWith);
    expect(env).toMatchObject({
      MAX_BODY_BYTES: 100_000,
      MAX_TOKENS: 2_000,
      MAX_DEPTH: 12,
      MAX_ALIASES: 10,
      MAX_DIRECTIVES: 20,
      MAX_FRAGMENTS: 50,
      MAX_COST: 50_000,
      RATE_LIMIT_WINDOW_SECONDS: 60,
      RATE_LIMIT_PER_ADDRESS: 600,
      RATE_LIMIT_PER_CREDENTIAL: 300,
      HEADERS_TIMEOUT_MS: 10_000,
      REQUEST_TIMEOUT_MS: 15_000,
      TRUST_PROXY: false,
    });
  });

  it('reads each limit from the environment', () => {
    const env = loadEnv(gatewayEnvSchema, { MAX_DEPTH: '8', RATE_LIMIT_PER_ADDRESS: '50' }, exitWith);
    expect(env.MAX_DEPTH).toBe(8);
    expect(env.RATE_LIMIT_PER_ADDRESS).toBe(50);
  });

  it('refuses a token limit above the ceiling that keeps graphql-js validation off the stack limit', () => {
    expect(() => loadEnv(gatewayEnvSchema, { MAX_TOKENS: '100000' }, exitWith)).toThrow(/MAX_TOKENS/);
  });

  it('refuses limits that are not whole numbers', () => {
    const load = () => loadEnv(gatewayEnvSchema, { MAX_COST: 'lots', RATE_LIMIT_PER_CREDENTIAL: '1.5' }, exitWith);
    for (const name of ['MAX_COST', 'RATE_LIMIT_PER_CREDENTIAL']) expect(load).toThrow(new RegExp(`- ${name}: `));
  });

  it.each([
    ['false', false],
    ['1', 1],
    ['true', true],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as Express expects it', (value, expected) => {
    expect(loadEnv(gatewayEnvSchema, { TRUST_PROXY: value }, exitWith).TRUST_PROXY).toEqual(expected);
  });
});
