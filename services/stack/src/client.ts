import { type GraphQLResponse } from '@best/kit/testing';

/** The password of every demo account (services/network/src/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = 'best-demo-2026';

/** What end-to-end tests do through a running gateway: sign a demo account in, send GraphQL. */
export interface GatewayClient {
  /** Signs a demo account in; the session cookie (`best_session=…`) to send back. */
  signIn: (email: string) => Promise<string>;
  /** A GraphQL request, anonymous unless a session cookie is given, as a browser on the same site sends it. */
  gql: (
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ) => Promise<{ status: number; body: GraphQLResponse<any> }>;
}

export function gatewayClient(gatewayUrl: string): GatewayClient {
  const base = gatewayUrl.replace(/\/graphql$/, '');
  return {
    async signIn(email) {
      const response = await fetch(`${base}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`);
      return response.headers.getSetCookie()[0].split(';')[0];
    },
    async gql(query, variables = {}, cookie) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<any> };
    },
  };
}
