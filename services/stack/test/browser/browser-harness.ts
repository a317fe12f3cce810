import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { DEMO_PASSWORD } from '../../src';

export { DEMO_PASSWORD };

// What a browser test of the web client needs besides the stack: the built client served by
// web/scripts/serve.mjs, Chromium, and sign-in over HTTP for requests made behind the page's back.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SESSION_COOKIE = 'best_session';
/** The web package's own server for its built files (`web/scripts/serve.mjs`), found by package name. */
const SERVE_SCRIPT = require.resolve('@best/web/serve');

/** `describe` when Chromium is installed; otherwise says loudly why the browser tests are skipped. */
export function describeInBrowserOrSkip(): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  const missing = `Chromium is not installed at ${CHROMIUM}, so the browser tests of the web client cannot run.
Install it with \`apt-get install -y chromium\` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium binary.`;
  if (process.env.CI) throw new Error(missing);
  process.stderr.write(`\n${'!'.repeat(100)}\n${missing}\nSKIPPING the browser tests.\n${'!'.repeat(100)}\n\n`);
  return describe.skip;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve.mjs and waits until it answers; fails with its output if it stops first. */
export async function serveWeb(gatewayUrl: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE_SCRIPT], {
    env: { ...process.env, WEB_PORT: String(port), GATEWAY_URL: gatewayUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`web/scripts/serve.mjs exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).status === 200) return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`web/scripts/serve.mjs did not answer on ${url} within 30s:\n${output}`);
}

export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Signs in over HTTP, as a partner tool would (no Origin): the `Cookie` header to send, and who it is. */
export async function signInOverHttp(
  gatewayUrl: string,
  email: string,
): Promise<{ cookie: string; viewer: { displayName: string; role: string } }> {
  const response = await fetch(new URL('/auth/sign-in', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`signing in as ${email} failed: ${JSON.stringify(body)}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signing in as ${email} set no ${SESSION_COOKIE} cookie`);
  return { cookie: cookie.split(';')[0], viewer: body.viewer };
}
