import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import en from '../i18n/en.json';

/**
 * The codes the client explains: the keys of `errors` in the catalogues (each with a message there),
 * which are the kit's closed list of codes (`ErrorCode` in @best/kit; a contract test in @best/stack
 * fails when the kit has one the catalogues lack), plus NETWORK_ERROR for when the server cannot be
 * reached at all. `errors.title` is the heading of an error message, not a code.
 */
export type ErrorCode = Exclude<keyof typeof en.errors, 'title'>;
export const ERROR_CODES: readonly ErrorCode[] = Object.keys(en.errors).filter(
  (key): key is ErrorCode => key !== 'title',
);

const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

function codeOfErrors(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): ErrorCode | null {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (isErrorCode(code)) return code;
  }
  return null;
}

// HTTP statuses that mean the same as a code, for answers without a GraphQL body (a proxy, a limit).
const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  502: 'NETWORK_ERROR',
  503: 'NETWORK_ERROR',
  504: 'NETWORK_ERROR',
};

/** The code of an HTTP answer: the one in its GraphQL body, else the one its status means. */
export function errorCodeOfResponse(status: number, bodyText: string): ErrorCode {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: Record<string, unknown> }[] };
    const code = codeOfErrors(body.errors);
    if (code) return code;
  } catch {
    // not a GraphQL body: fall back to the HTTP status
  }
  return STATUS_CODES[status] ?? 'INTERNAL_SERVER_ERROR';
}

/** The code to explain an error from Apollo Client by; unknown codes read as a server error. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) return codeOfErrors(error.errors) ?? 'INTERNAL_SERVER_ERROR';
  if (ServerError.is(error)) return errorCodeOfResponse(error.statusCode, error.bodyText);
  // fetch rejects with a TypeError when the server is unreachable or the connection drops.
  if (error instanceof TypeError) return 'NETWORK_ERROR';
  return 'INTERNAL_SERVER_ERROR';
}
