import { ANONYMOUS, ErrorCode, signIdentity, type Viewer } from '@best/kit';

export interface NetworkAuthClientOptions {
  /** The network subgraph's GraphQL URL (NETWORK_URL); its `/internal/...` routes are on the same host. */
  networkUrl: string;
  /** The gateway's signing secret: the internal routes answer only the gateway. */
  identitySecret: string;
  /** How long to wait for the network subgraph, in milliseconds. */
  timeoutMs?: number;
}

/** What a credential is: a browser's session cookie or a partner's API token. */
export type Credential = { sessionToken: string } | { apiToken: string };

/** A refusal as the network subgraph gave it: an HTTP status and our error envelope. */
export interface Refusal {
  ok: false;
  status: number;
  code: ErrorCode;
  message: string;
}

export type Answer<T> = ({ ok: true } & T) | Refusal;

const UNAVAILABLE: Refusal = {
  ok: false,
  status: 503,
  code: ErrorCode.INTERNAL_SERVER_ERROR,
  message: 'Signing in is not possible right now. Try again in a moment.',
};

/**
 * Calls the network subgraph's gateway-only authentication routes, signed as the gateway. No
 * caching, by design: a revoked token or an ended session is refused on the very next request.
 */
export function createNetworkAuthClient(options: NetworkAuthClientOptions) {
  const base = new URL('/internal/', options.networkUrl);
  const timeoutMs = options.timeoutMs ?? 5_000;

  async function post<T>(path: string, body: unknown, requestId: string): Promise<Answer<T>> {
    let response: Response;
    try {
      response = await fetch(new URL(path, base), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          ...signIdentity(ANONYMOUS, options.identitySecret),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return UNAVAILABLE;
    }
    const json = (await response.json().catch(() => null)) as
      (T & { errors?: { message?: string; extensions?: { code?: ErrorCode } }[] }) | null;
    if (response.ok && json) return { ok: true, ...json };
    const error = json?.errors?.[0];
    // Only the caller's own mistakes pass through; anything else means the network subgraph is in trouble.
    if ([400, 401, 429].includes(response.status) && error?.message && error.extensions?.code) {
      return { ok: false, status: response.status, code: error.extensions.code, message: error.message };
    }
    return UNAVAILABLE;
  }

  return {
    authenticate: (credential: Credential, requestId: string) =>
      post<{ viewer: Viewer }>('authenticate', credential, requestId),
    signIn: (email: unknown, password: unknown, address: string, requestId: string) =>
      post<{ sessionToken: string; expiresAt: string; viewer: Viewer }>(
        'sign-in',
        { email, password, address },
        requestId,
      ),
    signOut: (sessionToken: string, requestId: string) =>
      post<{ signedOut: boolean }>('sign-out', { sessionToken }, requestId),
  };
}
export type NetworkAuthClient = ReturnType<typeof createNetworkAuthClient>;
