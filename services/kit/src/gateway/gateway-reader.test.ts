import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '../errors/error-codes';
import { IdentityRefused, NonceLedger, signIdentity, verifyIdentity } from '../identity/identity-signature';
import { SYSTEM } from '../identity/viewer';
import { gatewayDouble } from '../testing/gateway-double';
import { createGatewayReader } from './gateway-reader';
import { SERVICE_HEADER, signServiceRead, verifyServiceRead } from './service-read';

const secret = 'test-secret-of-enough-length-000000';

describe('a service read signed for the gateway', () => {
  it('is accepted once as the service that signed it, and refused when replayed', () => {
    const ledger = new NonceLedger();
    const headers = signServiceRead('awards', secret);
    expect(verifyServiceRead(headers, secret, ledger)).toBe('awards');
    expect(() => verifyServiceRead(headers, secret, ledger)).toThrow('replayed identity');
  });

  it('is refused when signed with another secret, when stale, or when the header names another service', () => {
    expect(() => verifyServiceRead(signServiceRead('awards', 'another-secret'), secret, new NonceLedger())).toThrow(
      'bad signature',
    );
    const stale = signServiceRead('awards', secret, Date.now() - 60_000);
    expect(() => verifyServiceRead(stale, secret, new NonceLedger())).toThrow('stale identity');
    const renamed = { ...signServiceRead('awards', secret), [SERVICE_HEADER]: 'stories' };
    expect(() => verifyServiceRead(renamed, secret, new NonceLedger())).toThrow('not a service identity');
  });

  it('is not the gateway’s signature for a subgraph, and the gateway’s signature is not a service read', () => {
    // The same shared secret signs both, under keys derived for each purpose.
    const gatewaySigned = { ...signIdentity(SYSTEM, secret), [SERVICE_HEADER]: 'awards' };
    expect(() => verifyServiceRead(gatewaySigned, secret, new NonceLedger())).toThrow(IdentityRefused);
    expect(() => verifyIdentity(signServiceRead('awards', secret), secret, new NonceLedger())).toThrow('bad signature');
  });
});

describe('createGatewayReader', () => {
  let url: string;
  let close: () => void;
  let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void;
  const ledger = new NonceLedger();
  beforeAll(async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => answer(req, body, res));
    });
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  it('posts the query and its variables signed as the service, and returns the data', async () => {
    answer = (req, body, res) => {
      const service = verifyServiceRead(req.headers, secret, ledger);
      json(res, 200, { data: { service, request: JSON.parse(body) } });
    };
    const reader = createGatewayReader({ url, secret, service: 'awards' });
    const data = await reader.query<{ service: string; request: unknown }>(
      'query Who($id: ID!) { account(id: $id) { id } }',
      { id: 'a1' },
    );
    expect(data).toEqual({
      service: 'awards',
      request: { query: 'query Who($id: ID!) { account(id: $id) { id } }', variables: { id: 'a1' } },
    });
  });

  it('refuses a mutation, or several operations, before sending anything', async () => {
    let sent = 0;
    answer = (_req, _body, res) => {
      sent += 1;
      json(res, 200, { data: {} });
    };
    const reader = createGatewayReader({ url, secret, service: 'awards' });
    await expect(reader.query('mutation { signOut }')).rejects.toThrow('exactly one query');
    await expect(reader.query('query A { a } query B { b }')).rejects.toThrow('exactly one query');
    expect(sent).toBe(0);
  });

  it.each([
    ['answers with errors', (res: ServerResponse) => json(res, 200, { errors: [{ message: 'no' }], data: null })],
    ['answers partial data with an error', (res: ServerResponse) => json(res, 200, { data: { a: 1 }, errors: [{}] })],
    ['answers HTTP 401', (res: ServerResponse) => json(res, 401, { errors: [{ message: 'who?' }] })],
    ['answers something that is not JSON', (res: ServerResponse) => res.writeHead(200).end('<html>')],
  ])('turns a gateway that %s into SERVICE_UNAVAILABLE', async (_what, respond) => {
    answer = (_req, _body, res) => respond(res);
    const reader = createGatewayReader({ url, secret, service: 'awards' });
    await expect(reader.query('{ a }')).rejects.toMatchObject({
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });

  it('gives up after its time-out with SERVICE_UNAVAILABLE', async () => {
    answer = (_req, _body, res) => setTimeout(() => json(res, 200, { data: { a: 1 } }), 1_000);
    const reader = createGatewayReader({ url, secret, service: 'awards', timeoutMs: 100 });
    const started = Date.now();
    await expect(reader.query('{ a }')).rejects.toMatchObject({ extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('turns a gateway nobody listens to into SERVICE_UNAVAILABLE', async () => {
    const reader = createGatewayReader({ url: 'http://127.0.0.1:9/graphql', secret, service: 'awards' });
    await expect(reader.query('{ a }')).rejects.toMatchObject({ extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  });
});

describe('gatewayDouble', () => {
  it('answers a named query with its answerer and anything else with null root fields', async () => {
    const double = gatewayDouble({ One: (v) => ({ account: { id: v.id } }) });
    expect(await double.query('query One($id: ID!) { account(id: $id) { id } }', { id: 'x' })).toEqual({
      account: { id: 'x' },
    });
    expect(await double.query('query Other { initiative(id: "i") { id } b: me { id } }')).toEqual({
      initiative: null,
      b: null,
    });
    expect(double.asked.map((a) => a.operationName)).toEqual(['One', 'Other']);
    await expect(double.query('mutation M { x }')).rejects.toThrow('exactly one query');
    double.goDown();
    await expect(double.query('query One { a }')).rejects.toMatchObject({
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });
});
