import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import pino from 'pino';
import { ANONYMOUS, type Viewer } from '@best/kit';
import { viewers } from '@best/kit/testing';
import type { GatewayContext } from '../server';
import { manualRoutes } from './manual-routes';
import type { Manual } from './manual.operation';
import { PrinterBusyError, PrinterUnavailableError, type PdfPrinter } from './pdf-printer';

/**
 * The routes around a stand-in for Apollo Server and the printer: what each answer of the
 * operation and each printer failure becomes over HTTP. The real pipeline is proved end to end in
 * services/stack/test/manual.e2e.test.ts.
 */
const ID = '6f1d2f7e-3f0b-4c52-9a57-0a4f0c1f3a11';
const MANUAL: Manual = {
  id: ID,
  title: 'Bringing people together: best practices',
  introduction: 'Why.',
  language: 'en',
  status: 'PUBLISHED',
  publishedAt: '2026-07-01T00:00:00.000Z',
  updatedAt: '2026-07-01T00:00:00.000Z',
  version: 1,
  chapters: [],
};

let answer: { data?: unknown; errors?: { message: string }[] };
let printed: string[];
let printFailure: Error | null;
let calls: { variables: unknown; viewer: Viewer }[];
let caller: Viewer;
let server: Server;
let base: string;

beforeAll(async () => {
  const apollo = {
    executeOperation: async (request: { variables: unknown }, { contextValue }: { contextValue: GatewayContext }) => {
      calls.push({ variables: request.variables, viewer: contextValue.viewer });
      return { body: { kind: 'single', singleResult: answer } };
    },
  } as unknown as ApolloServer<GatewayContext>;
  const printer: PdfPrinter = {
    print: async (html) => {
      if (printFailure) throw printFailure;
      printed.push(html);
      return Buffer.from('%PDF-1.4 fake');
    },
    close: async () => undefined,
  };
  const app = express();
  app.use(
    '/manuals',
    manualRoutes({
      apollo,
      printer,
      corsOrigins: [],
      logger: pino({ level: 'silent' }),
      authenticate: (_req, res, next) => {
        res.locals.viewer = caller;
        next();
      },
    }),
  );
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/manuals`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  answer = { data: { manual: MANUAL } };
  printed = [];
  printFailure = null;
  calls = [];
  caller = ANONYMOUS;
});

const refusal = async (response: Response) => {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: response.status, code: body.errors[0].extensions.code, message: body.errors[0].message };
};

describe('GET /manuals/<id>.html and .pdf', () => {
  it('reads the manual as the caller and answers HTML, never cached, under a policy that loads nothing', async () => {
    caller = viewers.admin();
    const response = await fetch(`${base}/${ID}.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await response.text()).toContain('<h1>Bringing people together: best practices</h1>');
    expect(calls).toEqual([{ variables: { id: ID }, viewer: viewers.admin() }]);
  });

  it('answers the same HTML printed as an inline PDF named after the title', async () => {
    const response = await fetch(`${base}/${ID}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="bringing-people-together-best-practices.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF-1.4 fake');
    const html = await (await fetch(`${base}/${ID}.html`)).text();
    expect(printed).toEqual([html]);
  });

  it('answers HEAD of the PDF with the headers of a GET, read as the caller, without printing anything', async () => {
    caller = viewers.admin();
    const response = await fetch(`${base}/${ID}.pdf`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="bringing-people-together-best-practices.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The length of a PDF nobody printed is unknown: no Content-Length rather than a wrong one.
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toBe('');
    expect(printed).toEqual([]);
    expect(calls).toEqual([{ variables: { id: ID }, viewer: viewers.admin() }]);
  });

  it('answers HEAD with the status a GET would get: 404 for a manual the caller may not read, HTML headers for .html', async () => {
    answer = { data: { manual: null } };
    expect((await fetch(`${base}/${ID}.pdf`, { method: 'HEAD' })).status).toBe(404);
    answer = { data: { manual: MANUAL } };
    const html = await fetch(`${base}/${ID}.html`, { method: 'HEAD' });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(printed).toEqual([]);
  });

  it('answers 404 NOT_FOUND when the manual is null for the caller (unknown, or a draft they may not read)', async () => {
    answer = { data: { manual: null } };
    for (const format of ['html', 'pdf']) {
      expect(await refusal(await fetch(`${base}/${ID}.${format}`))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    expect(printed).toEqual([]);
  });

  it.each([['not-a-uuid.html'], ['1%27%20OR%201%3D1.pdf'], [`${ID}x.html`]])(
    'answers %s with 400 BAD_USER_INPUT without asking the API',
    async (file) => {
      expect(await refusal(await fetch(`${base}/${file}`))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
      expect(calls).toEqual([]);
    },
  );

  it.each([[`${ID}.docx`], [`${ID}`], [`${ID}.html/more`]])('answers %s with 404 NOT_FOUND', async (path) => {
    expect(await refusal(await fetch(`${base}/${path}`))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses partial data with 502 rather than print a manual with holes', async () => {
    answer = { data: { manual: MANUAL }, errors: [{ message: 'stories subgraph did not answer' }] };
    for (const format of ['html', 'pdf']) {
      const refused = await refusal(await fetch(`${base}/${ID}.${format}`));
      expect(refused).toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
      expect(refused.message).toMatch(/could not be loaded in full/);
    }
    expect(printed).toEqual([]);
  });

  it('answers 503 SERVICE_UNAVAILABLE with a clear message when there is no Chromium to print with', async () => {
    printFailure = new PrinterUnavailableError('No Chromium at /usr/bin/chromium.');
    const refused = await refusal(await fetch(`${base}/${ID}.pdf`));
    expect(refused).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'PDF printing is not available on this server; the manual can be read as HTML.',
    });
    expect((await fetch(`${base}/${ID}.html`)).status).toBe(200);
  });

  it('answers 503 with Retry-After when the printer is busy', async () => {
    printFailure = new PrinterBusyError('Too many prints are waiting.');
    const response = await fetch(`${base}/${ID}.pdf`);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await refusal(response)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });
});
