import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { deflateSync, gzipSync } from 'node:zlib';
import pino from 'pino';
import { signIdentity } from '@best/kit';
import { expectNoGraphQLErrors, TEST_IDENTITY_SECRET, viewers } from '@best/kit/testing';
import { createGateway, MAX_TOKENS_CEILING, type GatewayOptions, type RunningGateway } from '@best/gateway';
import { startStack, type Stack } from '../src';

/**
 * A battery of hostile requests through the real gateway and subgraphs over HTTP. Each is refused
 * with its HTTP status and a stable `extensions.code` (or, where Node itself refuses, its status),
 * nothing internal leaks, and the gateway goes on serving ordinary queries afterwards.
 */

let stack: Stack;
/** NODE_ENV=production behaviour, against the same subgraphs. */
let production: RunningGateway;
/** Tight timeouts, so the slow-client tests finish in a second. */
let tight: RunningGateway;
/** A production gateway whose `network` subgraph does not answer. */
let brokenSubgraph: RunningGateway;

async function gatewayOn(overrides: Partial<GatewayOptions>): Promise<RunningGateway> {
  const gateway = await createGateway({
    supergraphSdl: stack.supergraphSdl,
    subgraphUrls: stack.subgraphUrls,
    logger: pino({ level: 'silent' }),
    production: false,
    identitySecret: TEST_IDENTITY_SECRET,
    corsOrigins: [],
    rateLimits: { perAddress: 1_000_000, perCredential: 1_000_000 },
    ...overrides,
  });
  return gateway.listen(0);
}

beforeAll(async () => {
  stack = await startStack();
  production = await gatewayOn({ production: true });
  tight = await gatewayOn({ timeouts: { headersTimeoutMs: 400, requestTimeoutMs: 800 } });
  brokenSubgraph = await gatewayOn({
    production: true,
    subgraphUrls: { ...stack.subgraphUrls, network: 'http://127.0.0.1:9/graphql' },
  });
}, 120_000);

afterAll(async () => {
  for (const gateway of [production, tight, brokenSubgraph]) await gateway?.stop();
  await stack?.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const JSON_TYPE = { 'content-type': 'application/json' };

async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const response = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const post = (query: string, variables: Record<string, unknown> = {}, extra: Record<string, unknown> = {}, url = '') =>
  send(url || stack.gatewayUrl, {
    headers: { ...JSON_TYPE, ...PREFLIGHT },
    body: JSON.stringify({ query, variables, ...extra }),
  });

/** What no answer may carry: stack traces, SQL, internal addresses. */
function expectNothingInternal(answer: Pick<Answer, 'text'>) {
  expect(answer.text).not.toMatch(/stacktrace|\bat .+\.[jt]s:\d+|node_modules/);
  expect(answer.text).not.toMatch(/\bSELECT\b|\bFROM\b.*\bWHERE\b|relation "|syntax error at/i);
  expect(answer.text).not.toMatch(/127\.0\.0\.1:\d+|localhost:\d+/);
}

/** Development names the subgraph an error came from, to help debugging; production does not. */
function expectNoSubgraphNames(answer: Pick<Answer, 'text'>) {
  expect(answer.text).not.toMatch(/serviceName|"(network|awards|stories|advocacy)"/);
}

function expectRefused(answer: Answer, status: number, code: string | string[]) {
  const codes = Array.isArray(code) ? code : [code];
  if (answer.status !== status || !codes.includes(answer.body?.errors?.[0]?.extensions?.code as string)) {
    throw new Error(`expected ${status} ${codes.join(' or ')}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  expect(answer.body?.data ?? null).toBeNull();
  expectNothingInternal(answer);
}

/** A raw HTTP exchange, for what fetch will not send (slow, oversized or lying requests). */
function raw(url: string, write: (socket: ReturnType<typeof connect>) => void, timeoutMs = 5_000) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; text: string; closed: boolean }>((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms; got: ${received.slice(0, 200)}`));
    }, timeoutMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, text: received, closed: true });
    });
    socket.on('connect', () => write(socket));
  });
}

const ORDINARY = '{ initiatives(first: 3) { totalCount nodes { id title } } }';
async function expectStillServing(url = stack.gatewayUrl) {
  const answer = await post(ORDINARY, {}, {}, url);
  expect(answer.status).toBe(200);
  expect(expectNoGraphQLErrors(answer.body!, ORDINARY).initiatives.nodes).toHaveLength(3);
}

describe('operations too large for the gateway are refused before planning', () => {
  it('deep nesting is refused with OPERATION_TOO_COMPLEX', async () => {
    const level = (inner: string) => `organization { initiatives(first: 1) { nodes { ${inner} } } }`;
    const query = `{ initiatives(first: 1) { nodes { ${level(level(level(level('id'))))} } } }`;
    expectRefused(await post(query), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('an alias bomb of a real field is refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: initiatives(first: 1) { totalCount }`).join(' ');
    expectRefused(await post(`{ ${aliases} }`), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('an alias bomb of __typename is refused too (graphql-armor exempts it by default)', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `t${i}: __typename`).join(' ');
    expectRefused(await post(`{ ${aliases} }`), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('a flood of directives is refused', async () => {
    const fields = Array.from({ length: 60 }, () => '__typename @include(if: true)').join(' ');
    expectRefused(await post(`{ ${fields} }`), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('two nested pages of 100 (cost in the millions) are refused', async () => {
    const query = `{ initiatives(first: 100) { nodes { organization { initiatives(first: 100) {
      nodes { id title summary city organization { name } } } } } } }`;
    expectRefused(await post(query), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('page sizes passed as variables count in the cost as well', async () => {
    const query = `query Costly($n: Int) { initiatives(first: $n) { nodes { organization { initiatives(first: $n) {
      nodes { id title summary city organization { name } } } } } } }`;
    expectRefused(await post(query, { n: 100 }), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('a document with more tokens than the parser accepts is refused with GRAPHQL_PARSE_FAILED', async () => {
    const fields = Array.from({ length: 3_000 }, () => '__typename').join(' ');
    expectRefused(await post(`{ ${fields} }`), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('a chain of 10,000 fragments never reaches the planner: the body alone is too large', async () => {
    const fragments = Array.from(
      { length: 10_000 },
      (_, i) => `fragment F${i} on Query { ${i === 9_999 ? '__typename' : `...F${i + 1}`} }`,
    );
    expectRefused(await post(`{ ...F0 } ${fragments.join(' ')}`), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a chain of 1,000 fragments within the body limit is refused by the token limit', async () => {
    const fragments = Array.from(
      { length: 1_000 },
      (_, i) => `fragment F${i} on Query { ${i === 999 ? '__typename' : `...F${i + 1}`} }`,
    );
    expectRefused(await post(`{ ...F0 } ${fragments.join(' ')}`), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('more fragments than the limit, each small, are refused with OPERATION_TOO_COMPLEX', async () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Query { __typename }`);
    const spreads = Array.from({ length: 60 }, (_, i) => `...F${i}`).join(' ');
    expectRefused(await post(`{ ${spreads} } ${fragments.join(' ')}`), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('a fragment cycle is refused by validation', async () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    expectRefused(await post(query), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a giant list argument (first: 1000000) is refused by the subgraph as BAD_USER_INPUT', async () => {
    const answer = await post('{ initiatives(first: 1000000) { totalCount nodes { id } } }');
    expect(answer.status).toBe(200);
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body?.data).toBeNull();
    expectNothingInternal(answer);
  });

  it('a negative page size is refused as BAD_USER_INPUT', async () => {
    const answer = await post('{ initiatives(first: -5) { totalCount } }');
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNothingInternal(answer);
  });
});

describe('with the body and token limits raised to their ceilings, nothing reaches a stack overflow', () => {
  let roomy: RunningGateway;
  beforeAll(async () => {
    roomy = await gatewayOn({ bodyLimit: 1_000_000, maxTokens: MAX_TOKENS_CEILING });
  });
  afterAll(() => roomy?.stop());

  const nested = (cycles: number) =>
    '{ initiatives { nodes { ' +
    'organization { initiatives { nodes { '.repeat(cycles) +
    'id' +
    ' } } }'.repeat(cycles) +
    ' } } }';

  it('the longest fragment chain the tokens allow is refused before planning with OPERATION_TOO_COMPLEX', async () => {
    const n = Math.floor(MAX_TOKENS_CEILING / 8) - 10;
    const fragments = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1}`} }`,
    );
    expectRefused(await post(`{ ...F0 } ${fragments.join(' ')}`, {}, {}, roomy.url), 400, 'OPERATION_TOO_COMPLEX');
  });

  it('nesting 1,800 levels deep is measured and refused with OPERATION_TOO_COMPLEX', async () => {
    expectRefused(await post(nested(600), {}, {}, roomy.url), 400, 'OPERATION_TOO_COMPLEX');
  });

  // Whether graphql-js's recursive parser runs out of stack first (a parse failure) or the depth
  // measure refuses it depends on the stack left in the process; either way it is a clean 400.
  it('nesting deeper than the parser can follow is refused with 400, never a 500', async () => {
    expectRefused(await post(nested(1_200), {}, {}, roomy.url), 400, ['GRAPHQL_PARSE_FAILED', 'OPERATION_TOO_COMPLEX']);
  });

  it('that gateway still serves ordinary queries', async () => {
    await expectStillServing(roomy.url);
  });
});

describe('operations that cannot be chosen or run this way', () => {
  it('an unknown operationName is BAD_REQUEST with 400, not a 500', async () => {
    expectRefused(await post('query Known { __typename }', {}, { operationName: 'Unknown' }), 400, 'BAD_REQUEST');
  });

  it('several operations without an operationName are BAD_REQUEST with 400', async () => {
    expectRefused(await post('query A { __typename } query B { __typename }'), 400, 'BAD_REQUEST');
  });

  it('a mutation sent with GET is refused with 405', async () => {
    const query = 'mutation { withdrawConsent(input: { storyId: "x", reason: "r" }) { storyId } }';
    const answer = await send(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, {
      method: 'GET',
      headers: PREFLIGHT,
    });
    expectRefused(answer, 405, 'BAD_REQUEST');
  });

  it('a GET without a query is BAD_REQUEST', async () => {
    expectRefused(await send(stack.gatewayUrl, { method: 'GET', headers: PREFLIGHT }), 400, 'BAD_REQUEST');
  });

  it('a method other than GET and POST is refused', async () => {
    const answer = await send(stack.gatewayUrl, { method: 'PUT', headers: { ...JSON_TYPE, ...PREFLIGHT }, body: '{}' });
    expectRefused(answer, 405, 'BAD_REQUEST');
  });
});

describe('requests that are not GraphQL over JSON', () => {
  it('a GET without the preflight header is refused as a possible CSRF', async () => {
    const answer = await send(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expectRefused(answer, 400, 'BAD_REQUEST');
    expect(answer.body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it.each([
    ['text/plain', '{"query":"{ __typename }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
    ],
  ])('a simple %s POST without the preflight header is refused as a possible CSRF', async (type, body) => {
    const answer = await send(stack.gatewayUrl, { headers: { 'content-type': type }, body });
    expectRefused(answer, 400, 'BAD_REQUEST');
    expect(answer.body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it('a POST of another content type, even with the preflight header, is BAD_REQUEST', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { 'content-type': 'application/xml', ...PREFLIGHT },
      body: '<query>{ __typename }</query>',
    });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('malformed JSON is BAD_REQUEST', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT },
      body: '{"query": "{ __typ',
    });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('a JSON string instead of an object is BAD_REQUEST', async () => {
    const answer = await send(stack.gatewayUrl, { headers: { ...JSON_TYPE, ...PREFLIGHT }, body: '"{ __typename }"' });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('an empty JSON object is BAD_REQUEST', async () => {
    expectRefused(
      await send(stack.gatewayUrl, { headers: { ...JSON_TYPE, ...PREFLIGHT }, body: '{}' }),
      400,
      'BAD_REQUEST',
    );
  });

  it('a query that is not a string is BAD_REQUEST', async () => {
    const answer = await send(stack.gatewayUrl, { headers: { ...JSON_TYPE, ...PREFLIGHT }, body: '{"query": 42}' });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('variables that are not an object are BAD_REQUEST', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT },
      body: JSON.stringify({ query: '{ __typename }', variables: 'x' }),
    });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('a batch (a JSON array of operations) is refused: the gateway does not batch', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: ORDINARY }))),
    });
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('a body in an unsupported charset is refused with 415', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { 'content-type': 'application/json; charset=latin1', ...PREFLIGHT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expectRefused(answer, 415, 'BAD_REQUEST');
  });
});

describe('bodies too large, compressed or slow', () => {
  it('a body over the limit is refused with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await post('{ __typename }', { padding: 'x'.repeat(200_000) });
    expectRefused(answer, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a declared Content-Length over the limit is refused before a byte of the body is sent', async () => {
    const { port } = new URL(stack.gatewayUrl);
    const answer = await raw(stack.gatewayUrl, (socket) =>
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
          'Apollo-Require-Preflight: true\r\nContent-Length: 50000000\r\n\r\n',
      ),
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/"code":"PAYLOAD_TOO_LARGE"/);
  });

  it('a chunked body that grows past the limit is refused with 413', async () => {
    const { hostname, port } = new URL(stack.gatewayUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { hostname, port, path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, ...PREFLIGHT } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(`{"query":"{ __typename }","variables":{"padding":"`);
      for (let i = 0; i < 30; i++) req.write('x'.repeat(10_000));
      req.end('"}}');
    });
    expect(status).toBe(413);
  });

  it('a gzip bomb is refused with 415 without inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, 'content-encoding': 'gzip' },
      body: bomb,
    });
    expectRefused(answer, 415, 'BAD_REQUEST');
  });

  it('a deflate-compressed body is refused with 415 as well', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, 'content-encoding': 'deflate' },
      body: deflateSync(JSON.stringify({ query: '{ __typename }' })),
    });
    expectRefused(answer, 415, 'BAD_REQUEST');
  });

  it('headers sent slowly (slowloris) are cut off with 408 and the connection closed', async () => {
    const { port } = new URL(tight.url);
    const started = Date.now();
    const answer = await raw(tight.url, (socket) => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
      const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(answer.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('a body sent slowly is cut off with 408 and the connection closed', async () => {
    const { port } = new URL(tight.url);
    const answer = await raw(tight.url, (socket) => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
          'Apollo-Require-Preflight: true\r\nContent-Length: 1000\r\n\r\n{"query":"',
      );
      const drip = setInterval(() => socket.writable && socket.write(' '), 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(answer.status).toBe(408);
  });

  it('headers larger than Node accepts are refused with 431', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, 'x-padding': 'x'.repeat(20_000) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(431);
    expectNothingInternal(answer);
  });
});

describe('hostile values in variables and arguments', () => {
  const SEARCH = 'query Search($search: String) { initiatives(first: 5, search: $search) { totalCount nodes { id } } }';

  it('a NUL byte in a string variable is BAD_USER_INPUT, never a database error', async () => {
    const answer = await post(SEARCH, { search: 'Malta\u0000' });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNothingInternal(answer);
  });

  it('control characters in a string variable are BAD_USER_INPUT', async () => {
    const answer = await post(SEARCH, { search: 'bell\u0007\u001b[31m' });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNothingInternal(answer);
  });

  it('an overlong string is BAD_USER_INPUT', async () => {
    const answer = await post(SEARCH, { search: 'x'.repeat(20_000) });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNothingInternal(answer);
  });

  it('an SQL-injection-looking search finds nothing: the quote does not end a string', async () => {
    // Injected, `' OR '1'='1` would match every initiative; as words, "qwxzvy" matches none.
    const answer = await post(SEARCH, { search: "qwxzvy' OR '1'='1' --" });
    expect(answer.status).toBe(200);
    expect(expectNoGraphQLErrors(answer.body!, SEARCH).initiatives.totalCount).toBe(0);
  });

  it('a search with statement separators and comments is only words, and drops nothing', async () => {
    const hostile = await post(SEARCH, { search: "Malta'; DROP TABLE initiative; --" });
    const plain = await post(SEARCH, { search: 'Malta DROP TABLE initiative' });
    expect(expectNoGraphQLErrors(hostile.body!, SEARCH).initiatives).toEqual(
      expectNoGraphQLErrors(plain.body!, SEARCH).initiatives,
    );
    const all = await post('{ initiatives(first: 1) { totalCount } }');
    expect(expectNoGraphQLErrors(all.body!).initiatives.totalCount).toBe(80);
  });

  it('full-text and LIKE syntax in a search (& | ! :* % _ \\) is plain text, never an error', async () => {
    for (const search of ['fam:* & !x | (y', "%' UNION SELECT 1 --", '_%\\', '<-> :* !!']) {
      const answer = await post(SEARCH, { search });
      expect(answer.status).toBe(200);
      expectNoGraphQLErrors(answer.body!, SEARCH);
    }
  });

  it('an invalid enum value in a variable is BAD_USER_INPUT with 400', async () => {
    const query = 'query ($status: InitiativeStatus) { initiatives(first: 1, status: $status) { totalCount } }';
    expectRefused(await post(query, { status: 'DROP_TABLE' }), 400, 'BAD_USER_INPUT');
  });

  it('an invalid enum value written in the query fails validation', async () => {
    expectRefused(
      await post('{ initiatives(first: 1, status: DROP_TABLE) { totalCount } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('a variable of the wrong type is BAD_USER_INPUT with 400', async () => {
    const query = 'query ($n: Int) { initiatives(first: $n) { totalCount } }';
    expectRefused(await post(query, { n: 'ten' }), 400, 'BAD_USER_INPUT');
  });

  it('an integer beyond 32 bits is BAD_USER_INPUT with 400', async () => {
    const query = 'query ($n: Int) { initiatives(first: $n) { totalCount } }';
    expectRefused(await post(query, { n: 2 ** 40 }), 400, 'BAD_USER_INPUT');
  });

  it('a missing required variable is BAD_USER_INPUT with 400', async () => {
    expectRefused(await post('query ($id: ID!) { initiative(id: $id) { id } }', {}), 400, 'BAD_USER_INPUT');
  });

  it('a malformed id finds nothing rather than failing', async () => {
    const query = 'query ($id: ID!) { initiative(id: $id) { id } }';
    const answer = await post(query, { id: "1' OR '1'='1" });
    expect(expectNoGraphQLErrors(answer.body!, query).initiative).toBeNull();
  });
});

describe('forged identities', () => {
  const WITHDRAW = `mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId } }`;
  const input = { storyId: '00000000-0000-4000-8000-000000000000', reason: 'forged' };

  it('identity headers sent to the gateway are overwritten: a forged admin is still anonymous', async () => {
    const forged = signIdentity(viewers.admin(), 'not-the-secret-but-long-enough-to-look-real');
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, ...forged },
      body: JSON.stringify({ query: WITHDRAW, variables: { input } }),
    });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('even identity headers signed with the real secret are ignored when sent to the gateway', async () => {
    const captured = signIdentity(viewers.admin(), TEST_IDENTITY_SECRET);
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, ...captured },
      body: JSON.stringify({ query: WITHDRAW, variables: { input } }),
    });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an invented API token is refused with 401 UNAUTHENTICATED, not served as the public', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, authorization: 'Bearer best_0000000000000000000000000000' },
      body: JSON.stringify({ query: ORDINARY }),
    });
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });

  it('an invented session cookie is refused with 401 UNAUTHENTICATED', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, cookie: 'best_session=forged' },
      body: JSON.stringify({ query: ORDINARY }),
    });
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });

  it('a subgraph called directly without the gateway signature answers 401 UNAUTHENTICATED', async () => {
    const answer = await post('{ initiatives(first: 1) { totalCount } }', {}, {}, stack.subgraphUrls.network);
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });

  it('a subgraph refuses an identity signed with another secret', async () => {
    const answer = await send(stack.subgraphUrls.stories, {
      headers: {
        ...JSON_TYPE,
        ...PREFLIGHT,
        ...signIdentity(viewers.admin(), 'guessed-secret-guessed-secret-guessed'),
      },
      body: JSON.stringify({ query: WITHDRAW, variables: { input } }),
    });
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });

  it('a subgraph refuses a signed identity replayed a second time', async () => {
    const captured = signIdentity(viewers.anonymous(), TEST_IDENTITY_SECRET);
    const once = () =>
      send(stack.subgraphUrls.network, {
        headers: { ...JSON_TYPE, ...PREFLIGHT, ...captured },
        body: JSON.stringify({ query: '{ initiatives(first: 1) { totalCount } }' }),
      });
    expect((await once()).status).toBe(200);
    expectRefused(await once(), 401, 'UNAUTHENTICATED');
  });

  it('a subgraph refuses a stale signed identity', async () => {
    const stale = signIdentity(viewers.admin(), TEST_IDENTITY_SECRET, Date.now() - 10 * 60_000);
    const answer = await send(stack.subgraphUrls.network, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, ...stale },
      body: JSON.stringify({ query: '{ initiatives(first: 1) { totalCount } }' }),
    });
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });
});

describe('production mode', () => {
  const postProduction = (query: string, variables: Record<string, unknown> = {}, headers = {}) =>
    send(production.url, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('introspection of the schema is refused', async () => {
    expectRefused(await postProduction('{ __schema { types { name } } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('introspection of one type is refused', async () => {
    expectRefused(
      await postProduction('{ __type(name: "Initiative") { fields { name } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('a misspelt field gets no "Did you mean" suggestion', async () => {
    const answer = await postProduction('{ initiatives(first: 1) { nodes { titel } } }');
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean|"title"/);
  });

  it('a misspelt argument gets no suggestion', async () => {
    const answer = await postProduction('{ initiatives(frist: 1) { totalCount } }');
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean|"first"/);
  });

  it('a misspelt enum value in a variable gets no suggestion', async () => {
    const query = 'query ($status: InitiativeStatus) { initiatives(first: 1, status: $status) { totalCount } }';
    const answer = await postProduction(query, { status: 'ACTIV' });
    expectRefused(answer, 400, 'BAD_USER_INPUT');
    expect(answer.text).not.toMatch(/Did you mean|enum value "/);
  });

  it('a misspelt enum value in the query gets no suggestion', async () => {
    const answer = await postProduction('{ initiatives(first: 1, status: ACTIV) { totalCount } }');
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean|enum value "/);
  });

  it('development mode does suggest (the checks above are not vacuous)', async () => {
    const query = 'query ($status: InitiativeStatus) { initiatives(first: 1, status: $status) { totalCount } }';
    const enumAnswer = await post(query, { status: 'ACTIV' });
    expect(enumAnswer.body?.errors?.[0].message).toMatch(/Did you mean the enum value "ACTIVE"/);
    const fieldAnswer = await post('{ initiatives(first: 1) { nodes { titel } } }');
    expect(fieldAnswer.body?.errors?.[0].message).toMatch(/Did you mean "title"/);
  });

  it('the query plan is not returned to a caller who asks for it', async () => {
    const answer = await postProduction(ORDINARY, {}, { 'Apollo-Query-Plan-Experimental': '1' });
    expect(answer.status).toBe(200);
    expect(answer.body?.data?.initiatives.nodes).toHaveLength(3);
    expect(answer.body).not.toHaveProperty('extensions');
    expect(answer.text).not.toMatch(/QueryPlan|Fetch\(service/);
  });

  it('development mode does return the query plan (the check above is not vacuous)', async () => {
    const answer = await send(stack.gatewayUrl, {
      headers: { ...JSON_TYPE, ...PREFLIGHT, 'Apollo-Query-Plan-Experimental': '1' },
      body: JSON.stringify({ query: ORDINARY }),
    });
    expect(answer.text).toMatch(/QueryPlan/);
  });

  it('a browser asking for the endpoint gets no landing page (which would load a CDN script)', async () => {
    const answer = await send(production.url, { method: 'GET', headers: { accept: 'text/html', ...PREFLIGHT } });
    expect(answer.headers.get('content-type')).not.toMatch(/html/);
    expect(answer.text).not.toMatch(/<script|<html/i);
    expectRefused(answer, 406, 'BAD_REQUEST');
  });

  it('development mode does serve the landing page (the check above is not vacuous)', async () => {
    const answer = await send(stack.gatewayUrl, { method: 'GET', headers: { accept: 'text/html', ...PREFLIGHT } });
    expect(answer.headers.get('content-type')).toMatch(/html/);
  });

  it('a subgraph that cannot be reached is masked: no address, no subgraph name', async () => {
    const answer = await send(brokenSubgraph.url, {
      headers: { ...JSON_TYPE, ...PREFLIGHT },
      body: JSON.stringify({ query: ORDINARY }),
    });
    expect(answer.body?.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(answer.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|network|fetch/i);
    expectNoSubgraphNames(answer);
  });

  it('errors from a subgraph keep their code and problems but lose the subgraph name', async () => {
    const answer = await postProduction('{ initiatives(first: 1000000) { totalCount } }');
    expect(answer.body?.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'first', message: expect.any(String) }],
    });
    expectNothingInternal(answer);
    expectNoSubgraphNames(answer);
  });

  it('a subgraph refusal in production names no subgraph either (NUL byte in a search)', async () => {
    const query = 'query ($s: String) { initiatives(first: 1, search: $s) { totalCount } }';
    const answer = await postProduction(query, { s: 'x\u0000' });
    expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNoSubgraphNames(answer);
  });

  it('the production gateway still serves ordinary queries', async () => {
    await expectStillServing(production.url);
  });
});

describe('rate limits per address and per credential', () => {
  /** A gateway of its own per test, so that each starts with full allowances. */
  async function limited(rateLimits: GatewayOptions['rateLimits']) {
    const gateway = await gatewayOn({ rateLimits });
    const postIt = (headers: Record<string, string> = {}) =>
      send(gateway.url, {
        headers: { ...JSON_TYPE, ...PREFLIGHT, ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    return { post: postIt, stop: () => gateway.stop() };
  }

  it('one address is limited: 429 RATE_LIMITED with a Retry-After within the window', async () => {
    const gateway = await limited({ perAddress: 3, perCredential: 100, windowSeconds: 60 });
    try {
      for (let i = 0; i < 3; i++) expect((await gateway.post()).status).toBe(200);
      const refused = await gateway.post();
      expectRefused(refused, 429, 'RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    } finally {
      await gateway.stop();
    }
  });

  it('one token is limited on its own, before it is even checked, while another token is not', async () => {
    const gateway = await limited({ perAddress: 100, perCredential: 3 });
    try {
      const token = { authorization: 'Bearer best_token-one' };
      for (let i = 0; i < 3; i++) expect((await gateway.post(token)).status).toBe(401);
      expectRefused(await gateway.post(token), 429, 'RATE_LIMITED');
      expect((await gateway.post({ authorization: 'Bearer best_token-two' })).status).toBe(401);
      expect((await gateway.post()).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });

  it('a session cookie is limited like a token', async () => {
    const gateway = await limited({ perAddress: 100, perCredential: 2 });
    try {
      const session = { cookie: 'theme=dark; best_session=session-one' };
      for (let i = 0; i < 2; i++) expect((await gateway.post(session)).status).toBe(401);
      expectRefused(await gateway.post(session), 429, 'RATE_LIMITED');
    } finally {
      await gateway.stop();
    }
  });

  it('inventing new tokens or forging X-Forwarded-For does not escape the limit of the address', async () => {
    const gateway = await limited({ perAddress: 3, perCredential: 100 });
    try {
      for (let i = 0; i < 3; i++) await gateway.post({ authorization: `Bearer best_invented-${i}` });
      expectRefused(await gateway.post({ authorization: 'Bearer best_invented-new' }), 429, 'RATE_LIMITED');
      expectRefused(await gateway.post({ 'x-forwarded-for': '203.0.113.7' }), 429, 'RATE_LIMITED');
    } finally {
      await gateway.stop();
    }
  });

  it('behind a trusted proxy, each forwarded client address has its own allowance', async () => {
    const gateway = await gatewayOn({ trustProxy: 'loopback', rateLimits: { perAddress: 1, perCredential: 100 } });
    const from = (address: string) =>
      send(gateway.url, {
        headers: { ...JSON_TYPE, ...PREFLIGHT, 'x-forwarded-for': address },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    try {
      expect((await from('203.0.113.1')).status).toBe(200);
      expectRefused(await from('203.0.113.1'), 429, 'RATE_LIMITED');
      expect((await from('203.0.113.2')).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });

  it('the default test gateway, with generous limits, was not limited by any of this', async () => {
    await expectStillServing();
  });
});

describe('after every hostile request', () => {
  it('the gateway still answers an ordinary query, and reports itself ready', async () => {
    await expectStillServing();
    const ready = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(200);
  });
});
