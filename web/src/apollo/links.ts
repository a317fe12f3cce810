import { HttpLink, type ApolloLink } from '@apollo/client';

/**
 * The client talks to `/graphql` on its own origin: the server that serves the app (Vite in
 * development, scripts/serve.mjs otherwise) forwards it to the gateway.
 */
export const GRAPHQL_PATH = '/graphql';

export function createLink(): ApolloLink {
  return new HttpLink({ uri: GRAPHQL_PATH });
}
