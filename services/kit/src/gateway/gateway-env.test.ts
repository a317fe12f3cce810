import { subgraphEnv } from '../server/boot';

const fail = (message: string): never => {
  throw new Error(message);
};
const secret = 'test-secret-of-enough-length-000000';

describe('GATEWAY_URL for a subgraph that reads through the gateway', () => {
  const reader = { name: 'awards', defaultPort: 4002, readsThroughGateway: true };

  it('is required, with a message that says why', () => {
    expect(() => subgraphEnv(reader, { GATEWAY_IDENTITY_SECRET: secret }, fail)).toThrow(
      /GATEWAY_URL: the awards subgraph reads through the gateway/,
    );
  });

  it('must be an http(s) URL, and is read when it is one', () => {
    expect(() => subgraphEnv(reader, { GATEWAY_IDENTITY_SECRET: secret, GATEWAY_URL: 'ftp://x' }, fail)).toThrow(
      /GATEWAY_URL: must be an http\(s\) URL/,
    );
    const env = subgraphEnv(reader, { GATEWAY_IDENTITY_SECRET: secret, GATEWAY_URL: 'http://gateway:4000/graphql' });
    expect(env.GATEWAY_URL).toBe('http://gateway:4000/graphql');
  });

  it('is not asked of a subgraph that does not read through the gateway', () => {
    const env = subgraphEnv({ name: 'stories', defaultPort: 4003 }, { GATEWAY_IDENTITY_SECRET: secret });
    expect(env.GATEWAY_URL).toBeUndefined();
  });
});
