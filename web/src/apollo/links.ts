import { ApolloLink, HttpLink, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/**
 * The client talks to `/graphql` on its own origin: the server that serves the app (Vite in
 * development, scripts/serve.mjs otherwise) forwards it to the gateway. The session cookie goes
 * with it (same origin).
 */
export const GRAPHQL_PATH = '/graphql';

export interface LinkOptions {
  /**
   * Called when the gateway refuses a request with HTTP 401: the session cookie no longer
   * identifies anyone (signed out elsewhere, expired, account disabled). The gateway has already
   * cleared the cookie, so the next request is the public's.
   */
  onSessionEnded?: () => void;
}

/**
 * A 401 is the gateway's answer to a credential that no longer works, whatever the body says. A
 * change refused to the public is not one: it comes back as UNAUTHENTICATED with HTTP 200.
 */
function statusOf(error: unknown, operation: ApolloLink.Operation): number | undefined {
  if (ServerError.is(error)) return error.statusCode;
  const response = operation.getContext().response as Response | undefined;
  return response?.status;
}

export function createLink(options: LinkOptions = {}): ApolloLink {
  const http = new HttpLink({ uri: GRAPHQL_PATH });
  const { onSessionEnded } = options;
  if (!onSessionEnded) return http;
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (statusOf(error, operation) === 401) onSessionEnded();
  });
  return ApolloLink.from([sessionEnded, http]);
}
