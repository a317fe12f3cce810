import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express, { type Request, type Response } from 'express';
import { jsonBody } from './json-body';

let server: Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.post('/echo', ...jsonBody({ limit: 1_000 }), (req: Request, res: Response) => {
    res.json({ received: req.body });
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function postBody(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    connection: response.headers.get('connection'),
    json: (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] },
  };
}

describe('jsonBody({ limit })', () => {
  it('passes a JSON body within the limit on, parsed', async () => {
    const answer = await postBody(JSON.stringify({ query: '{ a }' }));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ received: { query: '{ a }' } } as unknown);
  });

  it('accepts a body of exactly the limit', async () => {
    const body = JSON.stringify({ q: 'x'.repeat(1_000 - 8) });
    expect(Buffer.byteLength(body)).toBe(1_000);
    expect((await postBody(body)).status).toBe(200);
  });

  it('refuses a body one byte over the limit with 413 PAYLOAD_TOO_LARGE and closes the connection', async () => {
    const answer = await postBody(JSON.stringify({ q: 'x'.repeat(1_000 - 7) }));
    expect(answer.status).toBe(413);
    expect(answer.json.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(answer.connection).toBe('close');
  });

  it('refuses a compressed body with 415 before inflating it', async () => {
    const answer = await postBody(gzipSync(JSON.stringify({ q: 'x' })), { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(415);
    expect(answer.json.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('accepts an explicit identity Content-Encoding', async () => {
    expect((await postBody('{"a":1}', { 'content-encoding': 'identity' })).status).toBe(200);
  });

  it('refuses malformed JSON with 400 BAD_REQUEST and a plain message', async () => {
    const answer = await postBody('{"a":');
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('refuses a charset other than UTF-8 with 415', async () => {
    const answer = await postBody('{"a":1}', { 'content-type': 'application/json; charset=latin1' });
    expect(answer.status).toBe(415);
    expect(answer.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('jsonBody() defaults', () => {
  it('accepts 100 kB', async () => {
    const app = express();
    app.post('/', ...jsonBody(), (req: Request, res: Response) => {
      res.json({ length: (req.body as { q: string }).q.length });
    });
    const big = createServer(app);
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
    try {
      const target = `http://127.0.0.1:${(big.address() as AddressInfo).port}/`;
      const send = (n: number) =>
        fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ q: 'x'.repeat(n) }),
        });
      expect((await send(99_000)).status).toBe(200);
      expect((await send(100_000)).status).toBe(413);
    } finally {
      await new Promise<void>((resolve) => big.close(() => resolve()));
    }
  });
});
