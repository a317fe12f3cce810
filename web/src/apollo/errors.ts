import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/**
 * The codes the gateway and subgraphs send in `extensions.code` (the closed list in @best/kit),
 * plus NETWORK_ERROR for when the server cannot be reached at all. Each has a message in every
 * catalogue under `errors.<code>`.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_TIMEOUT',
  'OPERATION_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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
