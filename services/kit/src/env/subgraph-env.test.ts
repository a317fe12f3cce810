import { loadEnv } from './load-env';
import { DEMO_IDENTITY_SECRET } from './secrets';
import { subgraphEnvSchema } from './subgraph-env';

const exitWith = (message: string): never => {
  throw new Error(message);
};
const schema = subgraphEnvSchema(4001, 'network');

describe('subgraph configuration', () => {
  it('starts on a laptop with the demo identity secret', () => {
    expect(loadEnv(schema, {}, exitWith).GATEWAY_IDENTITY_SECRET).toBe(DEMO_IDENTITY_SECRET);
  });

  it('refuses to start in production with the demo identity secret', () => {
    expect(() => loadEnv(schema, { NODE_ENV: 'production' }, exitWith)).toThrow(
      /GATEWAY_IDENTITY_SECRET: is the demo secret/,
    );
  });

  it('refuses a short identity secret', () => {
    expect(() => loadEnv(schema, { GATEWAY_IDENTITY_SECRET: 'short' }, exitWith)).toThrow(/at least 32 characters/);
  });

  it('starts in production with a secret of its own', () => {
    const env = loadEnv(schema, { NODE_ENV: 'production', GATEWAY_IDENTITY_SECRET: 'x'.repeat(48) }, exitWith);
    expect(env.NODE_ENV).toBe('production');
  });
});
