import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { bodyDeadline, isMediaUpload } from './body-deadline';

let server: Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(bodyDeadline(300, isMediaUpload));
  const drain = (req: Request, res: Response) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => res.json({ bytes: Buffer.concat(chunks).length }));
  };
  app.post('/graphql', drain);
  app.post('/media/stories/:id', drain);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends headers announcing 20 bytes, then one byte every 100 ms for `drips` bytes; the raw answer. */
function slowPost(path: string, drips: number): Promise<{ status: number; text: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    const timer = setTimeout(() => reject(new Error(`no answer: ${received}`)), 5_000);
    socket.on('data', (d) => (received += d.toString()));
    socket.on('error', () => undefined);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${drips}\r\n\r\n`);
    const drip = setInterval(() => {
      if (sent < drips && socket.writable) {
        socket.write('x');
        sent += 1;
      }
    }, 100);
    const finish = (closed: boolean) => {
      clearInterval(drip);
      clearTimeout(timer);
      resolve({ status: Number(received.split(' ')[1]), text: received, closed });
    };
    socket.on('close', () => finish(true));
    // A refusal closes the connection: wait for that. An answer that keeps it open ends the exchange itself.
    const poll = setInterval(() => {
      if (/\r\n\r\n.*\}/s.test(received) && !/^HTTP\/1\.1 408/.test(received)) {
        clearInterval(poll);
        socket.destroy();
        finish(false);
      }
    }, 20);
    socket.on('close', () => clearInterval(poll));
  });
}

describe('bodyDeadline', () => {
  it('cuts off a GraphQL body still arriving after the deadline with 408 REQUEST_TIMEOUT and closes the connection', async () => {
    const answer = await slowPost('/graphql', 20);
    expect(answer.status).toBe(408);
    expect(answer.text).toContain('"code":"REQUEST_TIMEOUT"');
    expect(answer.text.toLowerCase()).toContain('connection: close');
    expect(answer.closed).toBe(true);
  });

  it('lets a body that arrives within the deadline through', async () => {
    const answer = await slowPost('/graphql', 2);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('"bytes":2');
  });

  it('leaves a media upload to the longer limit: a slow upload still arrives', async () => {
    const answer = await slowPost('/media/stories/abc', 6);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('"bytes":6');
  });
});
