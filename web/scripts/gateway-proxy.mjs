// The browser calls `/graphql` on its own origin; the dev server and `serve.mjs` forward it to the
// gateway, so the gateway needs no CORS for the web client and cookies stay first-party.

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/**
 * Vite `server.proxy` / `preview.proxy` entry that forwards `/graphql` to the gateway.
 * @param {string} gatewayUrl the gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql
 * @returns {Record<string, import('vite').ProxyOptions>}
 */
export function gatewayProxy(gatewayUrl) {
  const target = new URL(gatewayUrl);
  return {
    '/graphql': {
      target: target.origin,
      changeOrigin: true,
      // The gateway limits requests per client address: pass the browser's address on.
      xfwd: true,
      rewrite: (path) => path.replace(/^\/graphql/, target.pathname),
    },
  };
}
