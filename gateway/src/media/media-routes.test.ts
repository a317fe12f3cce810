import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { NonceLedger, verifyIdentity, type Viewer } from '@best/kit';
import { TEST_IDENTITY_SECRET, viewers } from '@best/kit/testing';
import { mediaRoutes } from './media-routes';

/** A stand-in for the stories subgraph: records what reached it and answers as told. */
let upstream: Server;
let received: { method: string; path: string; viewer: Viewer | string; bytes: number; contentType?: string }[];
let gateway: Server;
let base: string;
let caller: Viewer;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const ledger = new NonceLedger();
  upstream = createServer(async (req: IncomingMessage, res) => {
    let viewer: Viewer | string;
    try {
      viewer = verifyIdentity(req.headers, TEST_IDENTITY_SECRET, ledger);
    } catch (error) {
      viewer = `refused: ${(error as Error).message}`;
    }
    let bytes = 0;
    try {
      for await (const chunk of req) bytes += (chunk as Buffer).length;
    } catch {
      return; // the gateway stopped sending: nothing to answer
    }
    received.push({
      method: req.method ?? '',
      path: req.url ?? '',
      viewer,
      bytes,
      contentType: req.headers['content-type'],
    });
    if (req.method === 'GET' && req.headers.range === 'bytes=0-3') {
      res
        .writeHead(206, { 'content-type': 'video/mp4', 'content-range': 'bytes 0-3/10', 'accept-ranges': 'bytes' })
        .end(Buffer.from('jpeg'));
      return;
    }
    if (req.method === 'GET') {
      res
        .writeHead(200, {
          'content-type': 'image/jpeg',
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
          'content-disposition': 'inline; filename="photo-1.jpg"',
          'x-internal-detail': 'not for the caller',
        })
        .end(Buffer.from('jpeg bytes'));
      return;
    }
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { media: { id: '1' } } }));
  });
  const storiesUrl = `${await listen(upstream)}/graphql`;
  const app = express();
  app.use(
    '/media',
    mediaRoutes({
      storiesUrl,
      identitySecret: TEST_IDENTITY_SECRET,
      corsOrigins: ['https://staff.example'],
      authenticate: (_req, res, next) => {
        res.locals.viewer = caller;
        next();
      },
      rateLimits: { perAddress: 1_000_000, perCredential: 1_000_000 },
      logger: pino({ level: 'silent' }),
      maxUploadBytes: 10_000,
    }),
  );
  gateway = createServer(app);
  base = await listen(gateway);
});
afterAll(async () => {
  await new Promise((resolve) => gateway.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
});
beforeEach(() => {
  received = [];
  caller = viewers.admin();
});

const form = (size: number) => {
  const data = new FormData();
  data.append('caption', 'x');
  data.append('file', new Blob([new Uint8Array(size)]), 'a.jpg');
  return data;
};

/** Sends a body in chunks without a Content-Length (chunked transfer encoding). */
function postChunked(path: string, chunks: number, chunkSize: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'apollo-require-preflight': 'true', ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    let sent = 0;
    const sendMore = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(Buffer.alloc(chunkSize, 1))) return req.once('drain', sendMore);
      }
      req.end();
    };
    sendMore();
  });
}

describe('mediaRoutes (the gateway side of media)', () => {
  it('streams an upload to the stories subgraph with the caller signed, and relays its answer', async () => {
    const response = await fetch(`${base}/media/stories/abc`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true' },
      body: form(5_000),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ data: { media: { id: '1' } } });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', path: '/internal/media/stories/abc' });
    expect(received[0].viewer).toEqual(viewers.admin());
    expect(received[0].contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received[0].bytes).toBeGreaterThan(5_000);
  });

  it('refuses a chunked upload as soon as it passes the limit (413), with no Content-Length to go by', async () => {
    const answer = await postChunked('/media/stories/abc', 40, 1_000);
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a declared Content-Length over the limit without calling the subgraph', async () => {
    const response = await fetch(`${base}/media/stories/abc`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true' },
      body: form(20_000),
    });
    expect(response.status).toBe(413);
    expect(received).toEqual([]);
  });

  it.each<[string, Record<string, string>, number, string]>([
    ['a foreign Origin', { origin: 'https://evil.example', 'apollo-require-preflight': 'true' }, 403, 'FORBIDDEN'],
    ['a browser form without the preflight header', {}, 400, 'BAD_REQUEST'],
    ['a compressed body', { 'apollo-require-preflight': 'true', 'content-encoding': 'gzip' }, 415, 'BAD_REQUEST'],
  ])('refuses %s without calling the subgraph', async (_, headers, status, code) => {
    const response = await fetch(`${base}/media/stories/abc`, { method: 'POST', headers, body: form(100) });
    expect(response.status).toBe(status);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe(code);
    expect(received).toEqual([]);
  });

  it('accepts an allowed Origin, and an API token without the preflight header', async () => {
    const allowed = await fetch(`${base}/media/stories/abc`, {
      method: 'POST',
      headers: { origin: 'https://staff.example', 'apollo-require-preflight': 'true' },
      body: form(100),
    });
    expect(allowed.status).toBe(201);
    const token = await fetch(`${base}/media/stories/abc`, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: form(100),
    });
    expect(token.status).toBe(201);
  });

  it('refuses the public before reading the upload (401), without calling the subgraph', async () => {
    caller = viewers.anonymous();
    const response = await fetch(`${base}/media/stories/abc`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true' },
      body: form(100),
    });
    expect(response.status).toBe(401);
    expect(received).toEqual([]);
  });

  it('serves a media item as the caller, passing on only the headers that describe it', async () => {
    caller = viewers.anonymous();
    const response = await fetch(`${base}/media/some-id`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('jpeg bytes');
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="photo-1.jpg"');
    expect(response.headers.get('x-internal-detail')).toBeNull();
    expect(received[0]).toMatchObject({ method: 'GET', path: '/internal/media/some-id', viewer: viewers.anonymous() });
  });

  it('passes a byte range on and the partial answer back (players seek in video and audio)', async () => {
    const response = await fetch(`${base}/media/some-id`, { headers: { range: 'bytes=0-3' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-3/10');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('jpeg');
  });

  it('answers 503 as JSON when the stories subgraph cannot be reached', async () => {
    const app = express();
    app.use(
      '/media',
      mediaRoutes({
        storiesUrl: 'http://127.0.0.1:9/graphql',
        identitySecret: TEST_IDENTITY_SECRET,
        corsOrigins: [],
        authenticate: (_req, res, next) => next(),
        logger: pino({ level: 'silent' }),
      }),
    );
    const server = createServer(app);
    const url = await listen(server);
    try {
      const response = await fetch(`${url}/media/x`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
