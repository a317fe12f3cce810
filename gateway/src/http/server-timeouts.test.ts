import { serverTimeouts } from './server-timeouts';

describe('serverTimeouts', () => {
  it('defaults to 10 s for headers and, for Node, 10 minutes for a whole request (an upload), checked every second', () => {
    expect(serverTimeouts()).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 600_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    });
  });

  it('never lets the headers take longer than the whole request (Node refuses that)', () => {
    expect(serverTimeouts({ headersTimeoutMs: 20_000, requestTimeoutMs: 5_000 }).headersTimeout).toBe(5_000);
  });

  it('checks short timeouts often enough to hold them', () => {
    expect(serverTimeouts({ headersTimeoutMs: 400, requestTimeoutMs: 800 }).connectionsCheckingInterval).toBe(200);
  });
});
