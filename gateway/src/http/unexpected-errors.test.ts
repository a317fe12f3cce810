import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { unexpectedErrors } from './unexpected-errors';

async function answerTo(error: unknown) {
  const logged: unknown[] = [];
  const app = express();
  app.get('/', () => {
    throw error;
  });
  app.use(unexpectedErrors((e) => logged.push(e)));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return { status: response.status, text: await response.text(), logged };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('unexpectedErrors', () => {
  it('answers an unexpected error with JSON INTERNAL_SERVER_ERROR, no stack, and logs it', async () => {
    const answer = await answerTo(new Error('connect ECONNREFUSED 10.0.0.7:5432'));
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(answer.text).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|\.js:\d+|<html/);
    expect(answer.logged).toHaveLength(1);
  });

  it('keeps the status of an HTTP client error, as BAD_REQUEST', async () => {
    const answer = await answerTo(Object.assign(new Error('bad thing'), { status: 400 }));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(answer.logged).toHaveLength(0);
  });
});
