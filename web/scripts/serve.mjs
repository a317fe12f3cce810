#!/usr/bin/env node
// Serves the built client (web/dist) with `/graphql`, `/auth/*`, `/media/*`, `/feeds/*` and `/manuals/*` proxied to the gateway
// and every other unknown path answered with index.html, so deep links like /initiatives/<id> load the app.
//   WEB_PORT     port to listen on (default 5173)
//   WEB_HOST     interface to listen on (default 127.0.0.1; 0.0.0.0 in a container)
//   GATEWAY_URL  the gateway's GraphQL endpoint (default http://127.0.0.1:4000/graphql)
//   WEB_ALLOWED_HOSTS  host names the server answers to besides localhost (comma-separated; e.g. in compose)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { DEFAULT_GATEWAY_URL, gatewayProxy } from './gateway-proxy.mjs';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(webRoot, 'dist');

function readEnv(env) {
  const problems = [];
  const port = Number(env.WEB_PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`WEB_PORT must be a port number, got "${env.WEB_PORT}"`);
  const host = env.WEB_HOST ?? '127.0.0.1';
  const gatewayUrl = env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  try {
    if (!/^https?:$/.test(new URL(gatewayUrl).protocol))
      problems.push(`GATEWAY_URL must be an http(s) URL, got "${gatewayUrl}"`);
  } catch {
    problems.push(`GATEWAY_URL must be an http(s) URL, got "${gatewayUrl}"`);
  }
  if (!existsSync(join(distDir, 'index.html')))
    problems.push(`${distDir} has no build: run \`npm run build -w @best/web\` first`);
  if (problems.length) {
    console.error(`[web] cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  return { port, host, gatewayUrl };
}

const { port, host, gatewayUrl } = readEnv(process.env);

const server = await preview({
  // The built files are all we need: no vite.config.ts (and no dev plugins) at run time.
  configFile: false,
  root: webRoot,
  logLevel: 'warn',
  build: { outDir: distDir },
  preview: {
    host,
    port,
    strictPort: true,
    // Vite answers only localhost unless told otherwise (DNS-rebinding protection).
    allowedHosts: process.env.WEB_ALLOWED_HOSTS ? process.env.WEB_ALLOWED_HOSTS.split(',').map((h) => h.trim()) : [],
    open: false,
    proxy: gatewayProxy(gatewayUrl),
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
    },
  },
});

const address = server.httpServer.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`[web] serving ${distDir} on http://${host}:${actualPort}/`);
console.log(`[web] /graphql, /auth, /media, /feeds, /manuals -> ${gatewayUrl}`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[web] ${signal}: stopping`);
  // Open keep-alive connections must not hold the process: give the close a moment, then exit.
  setTimeout(() => process.exit(0), 3000).unref();
  try {
    await server.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
