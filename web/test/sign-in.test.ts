import { gql } from '@apollo/client';
import { createApolloClient } from '../src/apollo/client';
import { signInRequest, signOutRequest } from '../src/viewer/auth-api';
import { safeNext, signInPath } from '../src/viewer/sign-in-path';

const ORIGIN = 'http://127.0.0.1:5173';

describe('where signing in leads', () => {
  it('goes back to the page the person came from', () => {
    expect(signInPath({ pathname: '/initiatives/abc', search: '?x=1', hash: '#top' })).toBe(
      '/sign-in?next=%2Finitiatives%2Fabc%3Fx%3D1%23top',
    );
    expect(safeNext('/initiatives/abc?x=1#top', ORIGIN)).toBe('/initiatives/abc?x=1#top');
  });

  it('goes to the initiatives without a `next`, or from the sign-in page itself', () => {
    expect(safeNext(null, ORIGIN)).toBe('/initiatives');
    expect(signInPath({ pathname: '/sign-in', search: '?next=%2Fx' })).toBe('/sign-in');
    expect(safeNext('/sign-in?next=/sign-in', ORIGIN)).toBe('/initiatives');
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', 'initiatives'])(
    'never leaves the app, whatever `next` says (%s)',
    (next) => {
      expect(safeNext(next, ORIGIN)).toBe('/initiatives');
    },
  );
});

let fetchMock: jest.SpiedFunction<typeof fetch>;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch');
});
afterEach(() => fetchMock.mockRestore());

describe('the sign-in and sign-out requests', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const refusal = (code: string) => ({ errors: [{ message: 'from the server', extensions: { code } }] });

  it('send JSON to the same origin, so the gateway sets the cookie for the web client', async () => {
    fetchMock.mockResolvedValue(answer(200, { viewer: {}, expiresAt: '2030-01-01T00:00:00Z' }));
    expect(await signInRequest('a@b.example', 'secret')).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/auth/sign-in');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'a@b.example', password: 'secret' });

    fetchMock.mockResolvedValue(answer(200, { signedOut: true }));
    expect(await signOutRequest()).toEqual({ ok: true });
    expect(fetchMock.mock.calls[1][0]).toBe('/auth/sign-out');
    expect(fetchMock.mock.calls[1][1]?.body).toBe('{}');
  });

  it('explain a refusal by its code, never by the message', async () => {
    fetchMock.mockResolvedValue(answer(401, refusal('UNAUTHENTICATED')));
    expect(await signInRequest('a@b.example', 'wrong')).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    fetchMock.mockResolvedValue(answer(400, refusal('BAD_USER_INPUT')));
    expect(await signInRequest('', '')).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
    fetchMock.mockResolvedValue(answer(503, refusal('INTERNAL_SERVER_ERROR')));
    expect(await signInRequest('a@b.example', 'x')).toEqual({ ok: false, code: 'INTERNAL_SERVER_ERROR' });
  });

  it('pass on how long to wait after RATE_LIMITED when the server says (Retry-After)', async () => {
    fetchMock.mockResolvedValue(answer(429, refusal('RATE_LIMITED'), { 'retry-after': '42' }));
    expect(await signInRequest('a@b.example', 'x')).toEqual({ ok: false, code: 'RATE_LIMITED', retryAfterSeconds: 42 });
    fetchMock.mockResolvedValue(answer(429, refusal('RATE_LIMITED')));
    expect(await signInRequest('a@b.example', 'x')).toEqual({ ok: false, code: 'RATE_LIMITED' });
  });

  it('call an unreachable server a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await signOutRequest()).toEqual({ ok: false, code: 'NETWORK_ERROR' });
  });
});

describe('noticing that the gateway ended the session', () => {
  const QUERY = gql`
    query SessionProbe {
      me {
        id
      }
    }
  `;
  const body = JSON.stringify({
    errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }],
  });

  it('an HTTP 401 from /graphql means the session ended', async () => {
    const onSessionEnded = jest.fn();
    fetchMock.mockResolvedValue(new Response(body, { status: 401, headers: { 'content-type': 'application/json' } }));
    const client = createApolloClient({ onSessionEnded });
    await expect(client.query({ query: QUERY })).rejects.toBeDefined();
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('UNAUTHENTICATED with HTTP 200 (a change the public may not make) does not', async () => {
    const onSessionEnded = jest.fn();
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ data: null, ...JSON.parse(body) }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    const client = createApolloClient({ onSessionEnded });
    await expect(client.query({ query: QUERY })).rejects.toBeDefined();
    expect(onSessionEnded).not.toHaveBeenCalled();
  });
});
