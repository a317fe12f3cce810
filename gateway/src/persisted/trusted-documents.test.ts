import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ANONYMOUS, type Viewer } from '@best/kit';
import { jsonBody } from '../http/json-body';
import { EMPTY_MANIFEST, parseManifest, type PersistedQueryManifest } from './manifest';
import { trustedDocuments, type TrustedDocumentsOptions } from './trusted-documents';
import { sendRightOf } from './who-may-send';

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');
const operation = (name: string, type: 'query' | 'mutation', body: string) => ({ id: sha256(body), name, type, body });
const manifestOf = (...operations: ReturnType<typeof operation>[]): PersistedQueryManifest => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations,
});

const WEB_QUERY = operation('CountriesQuery', 'query', 'query CountriesQuery {\n  countries {\n    code\n  }\n}');
const WEB_MUTATION = operation('SignOutMutation', 'mutation', 'mutation SignOutMutation {\n  signOut\n}');
const EXPORT_QUERY = operation(
  'ExportInitiatives',
  'query',
  'query ExportInitiatives {\n  initiatives {\n    totalCount\n  }\n}',
);
const FREE_FORM = '{ countries { code name } }';

const viewer = (kind: Viewer['kind'], fields: Partial<Viewer> = {}): Viewer => ({
  ...ANONYMOUS,
  kind,
  id: kind === 'ANONYMOUS' ? null : 'v1',
  ...fields,
});
const CALLERS: Record<string, { viewer: Viewer; service?: string }> = {
  public: { viewer: ANONYMOUS },
  coordinator: { viewer: viewer('USER', { role: 'NATIONAL_COORDINATOR', countryCode: 'MT' }) },
  member: { viewer: viewer('USER', { role: 'ORGANIZATION_MEMBER', organizationId: 'o1' }) },
  admin: { viewer: viewer('USER', { role: 'ADMIN' }) },
  readToken: { viewer: viewer('TOKEN', { role: 'ORGANIZATION_MEMBER', organizationId: 'o1', scopes: ['READ'] }) },
  writeToken: { viewer: viewer('TOKEN', { role: 'ORGANIZATION_MEMBER', organizationId: 'o1', scopes: ['WRITE'] }) },
  exportToken: { viewer: viewer('TOKEN', { role: 'ORGANIZATION_MEMBER', organizationId: 'o1', scopes: ['EXPORT'] }) },
  readExportToken: {
    viewer: viewer('TOKEN', { role: 'ORGANIZATION_MEMBER', organizationId: 'o1', scopes: ['READ', 'EXPORT'] }),
  },
  service: { viewer: viewer('SYSTEM', { role: 'ADMIN' }), service: 'awards' },
};
type Caller = keyof typeof CALLERS;

/**
 * The step between authentication and Apollo Server, alone: a stand-in for authentication sets the
 * caller named in a test header, and a stand-in for Apollo Server echoes what it would receive.
 */
async function serve(options: Omit<TrustedDocumentsOptions, 'logger'>) {
  const app = express();
  const routes = [
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const caller = CALLERS[String(req.headers['x-test-caller'] ?? 'public')];
      res.locals.viewer = caller.viewer;
      res.locals.service = caller.service;
      next();
    },
    ...jsonBody(),
    trustedDocuments(options),
    (req: express.Request, res: express.Response) => {
      const search = new URLSearchParams(req.url.split('?')[1] ?? '');
      res.json({ reachedApollo: true, body: req.body ?? null, search: Object.fromEntries(search) });
    },
  ];
  app.get('/graphql', ...routes);
  app.post('/graphql', ...routes);
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, caller: Caller = 'public') => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-caller': caller },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const get = async (params: Record<string, string>, caller: Caller = 'public') => {
    const response = await fetch(`${base}?${new URLSearchParams(params)}`, { headers: { 'x-test-caller': caller } });
    return { status: response.status, body: (await response.json()) as any };
  };
  return { post, get, close: () => server.close() };
}

const codeOf = (answer: { body: any }) => answer.body.errors?.[0]?.extensions?.code;

describe('a document sent by id', () => {
  let gateway: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    gateway = await serve({ mode: 'allow', webClient: manifestOf(WEB_QUERY, WEB_MUTATION) });
  });
  afterAll(() => gateway.close());

  it('runs the registered document when named by `documentId` (GraphQL over HTTP), bare or with `sha256:`', async () => {
    for (const documentId of [WEB_QUERY.id, `sha256:${WEB_QUERY.id}`, WEB_QUERY.id.toUpperCase()]) {
      const answer = await gateway.post({ documentId, variables: { a: 1 }, operationName: 'CountriesQuery' });
      expect(answer).toEqual({
        status: 200,
        body: {
          reachedApollo: true,
          body: { query: WEB_QUERY.body, variables: { a: 1 }, operationName: 'CountriesQuery' },
          search: {},
        },
      });
    }
  });

  it("runs the registered document when named in Apollo's `extensions.persistedQuery`, keeping other extensions", async () => {
    const answer = await gateway.post({
      operationName: 'CountriesQuery',
      extensions: { persistedQuery: { version: 1, sha256Hash: WEB_QUERY.id }, clientLibrary: { name: 'x' } },
    });
    expect(answer.body.body).toEqual({
      operationName: 'CountriesQuery',
      query: WEB_QUERY.body,
      extensions: { clientLibrary: { name: 'x' } },
    });
  });

  it('runs the registered document by GET, in either form, with the id taken out of the query string', async () => {
    const byDocumentId = await gateway.get({ documentId: WEB_QUERY.id, variables: '{"a":1}' });
    expect(byDocumentId.body.search).toEqual({ query: WEB_QUERY.body, variables: '{"a":1}' });
    const byExtensions = await gateway.get({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: WEB_QUERY.id } }),
    });
    expect(byExtensions.body.search).toEqual({ query: WEB_QUERY.body });
  });

  it('answers an unknown id with 404 PERSISTED_QUERY_NOT_FOUND, by POST and by GET, in either form', async () => {
    const unknown = sha256('query Nothing { countries { code } }');
    for (const answer of [
      await gateway.post({ documentId: unknown }),
      await gateway.post({ extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } }),
      await gateway.post({ documentId: 'not-a-hash' }),
      await gateway.get({ documentId: unknown }),
      await gateway.get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: unknown } }) }),
    ]) {
      expect(answer.status).toBe(404);
      expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(answer.body.reachedApollo).toBeUndefined();
    }
  });

  it('refuses a malformed id request with 400 BAD_REQUEST', async () => {
    for (const answer of [
      await gateway.post({ documentId: 42 }),
      await gateway.post({ documentId: '' }),
      await gateway.post({ documentId: WEB_QUERY.id, query: FREE_FORM }),
      await gateway.post({ documentId: WEB_QUERY.id, extensions: { persistedQuery: { sha256Hash: WEB_MUTATION.id } } }),
      await gateway.post({ extensions: { persistedQuery: { version: 1 } } }),
      await gateway.post({ extensions: { persistedQuery: { version: 2, sha256Hash: WEB_QUERY.id } } }),
      await gateway.post({ documentId: 'x'.repeat(101) }),
      await gateway.get({ documentId: WEB_QUERY.id, extensions: '{not json' }),
    ]) {
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('BAD_REQUEST');
    }
  });

  it('lets a request without any id through untouched', async () => {
    const answer = await gateway.post({ query: FREE_FORM });
    expect(answer).toEqual({ status: 200, body: { reachedApollo: true, body: { query: FREE_FORM }, search: {} } });
  });
});

describe('who may send what, under enforcement', () => {
  let gateway: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    gateway = await serve({
      mode: 'enforce',
      webClient: manifestOf(WEB_QUERY, WEB_MUTATION),
      exportOperations: manifestOf(EXPORT_QUERY),
    });
  });
  afterAll(() => gateway.close());

  const freeForm = (caller: Caller) => gateway.post({ query: FREE_FORM }, caller);
  const webDocument = (caller: Caller) => gateway.post({ documentId: WEB_QUERY.id }, caller);
  const exportOperation = (caller: Caller) => gateway.post({ documentId: EXPORT_QUERY.id }, caller);
  const refused = (answer: { status: number; body: any }) => {
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(answer.body.reachedApollo).toBeUndefined();
  };

  it.each<Caller>(['public', 'coordinator', 'member'])(
    'the %s sends registered documents (the web client’s, an export operation) but no document of its own',
    async (caller) => {
      expect((await webDocument(caller)).body.reachedApollo).toBe(true);
      expect((await exportOperation(caller)).body.reachedApollo).toBe(true);
      refused(await freeForm(caller));
    },
  );

  it('a document of its own stays refused when it comes with a registered hash (the hash does not vouch for it)', async () => {
    refused(
      await gateway.post({
        query: FREE_FORM,
        extensions: { persistedQuery: { version: 1, sha256Hash: WEB_QUERY.id } },
      }),
    );
  });

  it.each<Caller>(['admin', 'readToken', 'writeToken', 'readExportToken', 'service'])(
    'the %s sends documents of its own as well as registered ones',
    async (caller) => {
      expect((await freeForm(caller)).body.reachedApollo).toBe(true);
      expect((await webDocument(caller)).body.reachedApollo).toBe(true);
    },
  );

  it("a token with only EXPORT runs the registered export operations, neither the web client's documents nor its own", async () => {
    expect((await exportOperation('exportToken')).body.reachedApollo).toBe(true);
    refused(await webDocument('exportToken'));
    refused(await freeForm('exportToken'));
    expect(codeOf(await freeForm('exportToken'))).toBe('FORBIDDEN');
    expect((await freeForm('exportToken')).body.errors[0].message).toMatch(/EXPORT scope/);
  });

  it('an unknown id is still PERSISTED_QUERY_NOT_FOUND (404), whoever asks', async () => {
    for (const caller of ['public', 'admin', 'exportToken'] as const) {
      const answer = await gateway.post({ documentId: sha256('unknown') }, caller);
      expect([answer.status, codeOf(answer)]).toEqual([404, 'PERSISTED_QUERY_NOT_FOUND']);
    }
  });
});

describe('who may send what, when allowed', () => {
  it('anyone sends documents of their own, including a token with only EXPORT', async () => {
    const gateway = await serve({ mode: 'allow', webClient: manifestOf(WEB_QUERY) });
    try {
      for (const caller of ['public', 'coordinator', 'exportToken'] as const) {
        expect((await gateway.post({ query: FREE_FORM }, caller)).body.reachedApollo).toBe(true);
      }
    } finally {
      gateway.close();
    }
  });
});

describe('the send right of each caller', () => {
  it('follows the role and the scopes', () => {
    const rights = Object.fromEntries(
      Object.entries(CALLERS).map(([name, { viewer: v, service }]) => [name, sendRightOf(v, service)]),
    );
    expect(rights).toEqual({
      public: 'REGISTERED_DOCUMENTS',
      coordinator: 'REGISTERED_DOCUMENTS',
      member: 'REGISTERED_DOCUMENTS',
      admin: 'ANY_DOCUMENT',
      readToken: 'ANY_DOCUMENT',
      writeToken: 'ANY_DOCUMENT',
      exportToken: 'EXPORT_OPERATIONS',
      readExportToken: 'ANY_DOCUMENT',
      service: 'ANY_DOCUMENT',
    });
  });
});

describe('a manifest', () => {
  it('is refused when an id is not the SHA-256 of its body (edited by hand)', () => {
    const edited = { ...WEB_QUERY, body: `${WEB_QUERY.body} ` };
    expect(() => parseManifest(manifestOf(edited))).toThrow(/CountriesQuery.*not the SHA-256/);
  });

  it('is refused when it is not an Apollo persisted-query manifest, with every problem', () => {
    expect(() => parseManifest({ format: 'x', operations: [{ id: 'y' }] })).toThrow(
      /format[\s\S]*version[\s\S]*operations\.0\.id/,
    );
    expect(parseManifest(JSON.parse(JSON.stringify(EMPTY_MANIFEST)))).toEqual(EMPTY_MANIFEST);
  });

  it('may not give one id to two different documents across the web client and the export registry', () => {
    const clash = { ...EXPORT_QUERY, id: WEB_QUERY.id };
    expect(() =>
      trustedDocuments({ mode: 'enforce', webClient: manifestOf(WEB_QUERY), exportOperations: manifestOf(clash) }),
    ).toThrow(/names two different documents/);
  });
});
