import type { ProxyOptions } from 'vite';

export declare const DEFAULT_GATEWAY_URL: string;
/** Whether a request's `Origin` is the origin this server answers on (its `Host`). */
export declare function isOwnOrigin(origin: string | undefined, host: string | undefined): boolean;
/** Vite `server.proxy` / `preview.proxy` entries that forward `/graphql` and `/auth/*` to the gateway. */
export declare function gatewayProxy(gatewayUrl: string): Record<string, ProxyOptions>;
