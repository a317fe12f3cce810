import { ApolloLink, HttpLink, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';

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
  /**
   * Send each operation's id from the trusted-document manifest instead of its document (the
   * production build): the gateway refuses documents it does not know from the public and staff.
   */
  persistedDocuments?: boolean;
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

/**
 * Ids come from the manifest committed with the client (`src/__generated__/persisted-query-manifest.json`,
 * loaded on the first request as its own chunk), looked up by operation name, so the browser hashes
 * nothing. An id the gateway does not know (a client older or newer than the gateway) is answered
 * PERSISTED_QUERY_NOT_FOUND and shown as such ("reload the page"): the link does not send the full
 * document after it, as Apollo's link would by default, since the gateway refuses that under enforcement.
 */
const persistedDocumentsLink = () =>
  new PersistedQueryLink({
    ...generatePersistedQueryIdsFromManifest({
      loadManifest: () => import('../__generated__/persisted-query-manifest.json'),
    }),
    retry: () => false,
  });

export function createLink(options: LinkOptions = {}): ApolloLink {
  const { onSessionEnded, persistedDocuments } = options;
  const http = new HttpLink({ uri: GRAPHQL_PATH });
  const sessionEnded =
    onSessionEnded &&
    new ErrorLink(({ error, operation }) => {
      if (statusOf(error, operation) === 401) onSessionEnded();
    });
  const links = [sessionEnded, persistedDocuments ? persistedDocumentsLink() : undefined, http];
  return ApolloLink.from(links.filter((link): link is ApolloLink => link !== undefined));
}
