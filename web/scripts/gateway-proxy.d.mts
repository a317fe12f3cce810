import type { ProxyOptions } from 'vite';

export declare const DEFAULT_GATEWAY_URL: string;
/** Vite `server.proxy` / `preview.proxy` entry that forwards `/graphql` to the gateway. */
export declare function gatewayProxy(gatewayUrl: string): Record<string, ProxyOptions>;
