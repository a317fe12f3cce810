/** Where the sign-in page lives; `?next=` says where to go once signed in. */
export const SIGN_IN_PATH = '/sign-in';
const HOME = '/initiatives';

/** The sign-in page, coming back to `from` (a place in this app) afterwards. */
export function signInPath(from?: { pathname: string; search: string; hash?: string }): string {
  if (!from || from.pathname === SIGN_IN_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: `${from.pathname}${from.search}${from.hash ?? ''}` })}`;
}

/**
 * Where to go after signing in: `next` only when it is a place in this app. Anything that would
 * leave it (`//evil.example`, `https://…`, `/\evil.example`) goes home instead: a link to the sign-in
 * page must not be a way to send someone elsewhere once they trusted it with their password.
 */
export function safeNext(next: string | null, origin: string): string {
  if (!next || !next.startsWith('/')) return HOME;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin || url.pathname === SIGN_IN_PATH) return HOME;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return HOME;
  }
}
