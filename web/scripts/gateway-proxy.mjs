// The browser calls `/graphql` and `/auth/*` on its own origin; the dev server and `serve.mjs` forward
// them to the gateway, so the gateway needs no CORS for the web client and the session cookie it sets
// is first-party (it belongs to the web client's origin, which is where the browser sends it back).

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/**
 * Whether a request's `Origin` is the origin this server itself answers on (the `Host` the browser
 * asked for). Browsers set `Origin` themselves and pages cannot change it, so a match means the
 * request came from a page this server served.
 * @param {string | undefined} origin
 * @param {string | undefined} host
 */
export function isOwnOrigin(origin, host) {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The gateway refuses `/auth/*` from a browser `Origin` that is neither in its CORS_ORIGINS nor its
 * own host. Through this proxy the page's origin is the web client's (any port: 5173, the dev
 * server's 5174, a test's random one), which the gateway cannot know. So a request whose Origin is
 * *this server's own* origin is passed on with the gateway's origin instead: it is same-origin with
 * the page, which is exactly what the gateway's own-host rule accepts. Any other Origin is passed on
 * unchanged, and the gateway judges it against CORS_ORIGINS as if the browser had called it directly.
 * (Rewriting every Origin would let a page on another localhost port sign people in or out through
 * this proxy: Vite answers CORS preflights from localhost origins.)
 * @param {import('node:http').IncomingMessage} req
 * @param {string} targetOrigin
 */
function passOwnOriginAsTarget(req, targetOrigin) {
  if (isOwnOrigin(req.headers.origin, req.headers.host)) req.headers.origin = targetOrigin;
}

/**
 * The gateway serves a manual's HTML with `frame-ancestors 'none'`: on its own origin nothing may frame
 * it. Served here, on the web client's origin, the client's own manual page shows it in a preview frame,
 * so `'none'` becomes `'self'`: this origin alone may frame it, every other site still may not. The rest
 * of the policy (no script, nothing loaded from elsewhere) is left as the gateway wrote it.
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function allowFramingBySelf(headers) {
  const policy = headers['content-security-policy'];
  if (typeof policy !== 'string') return;
  headers['content-security-policy'] = policy.replace(/frame-ancestors\s+'none'/i, "frame-ancestors 'self'");
}

/**
 * Vite `server.proxy` / `preview.proxy` entries that forward `/graphql`, `/auth/*`, `/media/*`, `/feeds/*` and
 * `/manuals/*` to the gateway.
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
    // `/auth/sign-in`, `/auth/sign-out`: at the gateway's root, beside its GraphQL path.
    '/auth/': {
      target: target.origin,
      changeOrigin: true,
      xfwd: true,
      // 'start' is emitted before the outgoing request copies the incoming headers.
      configure: (proxy) => proxy.on('start', (req) => passOwnOriginAsTarget(req, target.origin)),
    },
    // `/media/<id>` (photos, video, audio) and `POST /media/stories/<id>` (uploads, which the gateway
    // refuses from a foreign Origin like sign-in), at the gateway's root.
    '/media/': {
      target: target.origin,
      changeOrigin: true,
      xfwd: true,
      configure: (proxy) => proxy.on('start', (req) => passOwnOriginAsTarget(req, target.origin)),
    },
    // `/feeds/stories.rss` and `/feeds/stories.atom`: the public feeds, at the gateway's root.
    '/feeds/': { target: target.origin, changeOrigin: true, xfwd: true },
    // `/manuals/<id>.html` and `/manuals/<id>.pdf`: the manual rendered by the gateway, read as the caller
    // (the session cookie goes along, so a draft renders for those who may read it).
    '/manuals/': {
      target: target.origin,
      changeOrigin: true,
      xfwd: true,
      configure: (proxy) => proxy.on('proxyRes', (proxyRes) => allowFramingBySelf(proxyRes.headers)),
    },
  };
}
