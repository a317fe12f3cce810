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
