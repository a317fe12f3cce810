import { errorCodeOfResponse, type ErrorCode } from '../apollo/errors';

/** The gateway's sign-in and sign-out routes, forwarded by the server that serves the app. */
export const AUTH_PATH = '/auth';

/** Why `/auth/*` refused, by code; `retryAfterSeconds` comes with RATE_LIMITED when the server says. */
export interface AuthRefusal {
  ok: false;
  code: ErrorCode;
  retryAfterSeconds?: number;
}
export type AuthAnswer = { ok: true } | AuthRefusal;

function retryAfterSeconds(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * POSTs JSON to the gateway (a JSON content type is part of its CSRF defence). The session cookie
 * is set and cleared by the answer itself; no script can read it (HttpOnly), nor needs to.
 */
async function post(path: string, body: Record<string, unknown>): Promise<AuthAnswer> {
  let response: Response;
  try {
    response = await fetch(`${AUTH_PATH}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: 'NETWORK_ERROR' };
  }
  if (response.ok) return { ok: true };
  const code = errorCodeOfResponse(response.status, await response.text().catch(() => ''));
  return code === 'RATE_LIMITED'
    ? { ok: false, code, retryAfterSeconds: retryAfterSeconds(response) }
    : { ok: false, code };
}

export const signInRequest = (email: string, password: string) => post('sign-in', { email, password });
export const signOutRequest = () => post('sign-out', {});
