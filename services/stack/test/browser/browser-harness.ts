import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoGraphQLErrors, postGraphQL } from '@best/kit/testing';
import en from '@best/web/i18n/en.json';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { DEMO_PASSWORD, startStack, type Stack } from '../../src';

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
/** Where the tests save their screenshots (for a person to look at; nothing compares them). */
export const SCREENSHOTS = process.env.WEB_SCREENSHOT_DIR ?? join(tmpdir(), 'best-web-screenshots');
export const ADMIN = 'admin@best.example';
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

/** A GraphQL request through the gateway as the holder of `cookie`; fails the test on any error. */
export async function graphQLAs<T>(
  gatewayUrl: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return expectNoGraphQLErrors((await postGraphQL<T>(gatewayUrl, query, variables, { cookie })).body, query);
}

/** Signs in through the sign-in page, as a person would, and waits for the header to say so. */
export async function signInThroughUi(page: Page, webUrl: string, email: string) {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByLabel(en.signIn.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
  await page.getByRole('button', { name: en.auth.signOut }).waitFor();
}

/** The platform and a browser in front of it, as the tests of one `describe` see them. */
export interface PlatformInBrowser {
  readonly stack: Stack;
  /** The built web client, served in front of the stack's gateway. */
  readonly webUrl: string;
  readonly browser: Browser;
  /** A fresh page (English, 1280×900, its own cookies) for each test, closed after it. */
  readonly page: Page;
  /** The admin's session, for requests made through the API behind the page's back. */
  readonly adminCookie: string;
  /** The admin as the gateway answered their sign-in. */
  readonly adminViewer: { displayName: string; role: string };
  /** A GraphQL request through the gateway as the holder of `cookie`; fails the test on any error. */
  graphQLAs: <T>(cookie: string, query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Signs in on the page through the sign-in form, as a person would. */
  signInThroughUi: (email: string) => Promise<void>;
  /** Closes the page and its cookies and goes on in a new one: another person at another browser. */
  replacePage: (options?: BrowserContextOptions) => Promise<Page>;
}

const PAGE_OPTIONS: BrowserContextOptions = { locale: 'en-GB', viewport: { width: 1280, height: 900 } };

/**
 * Registers the hooks of a `describe` that tests the web client in front of the whole platform: the
 * stack, the served client and Chromium once for all its tests, a new page for each test. The
 * answer's fields are read inside the tests, once the hooks have run.
 */
export function usePlatformInBrowser(): PlatformInBrowser {
  let stack: Stack | undefined;
  let web: { url: string; process: ChildProcess } | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let admin: Awaited<ReturnType<typeof signInOverHttp>> | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: read it inside a test, after the hooks ran`);
    return value;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The production web client in front of a gateway that enforces trusted documents, as in production;
    // the tests' own requests behind the page's back go to the stack's other gateway, which allows any.
    stack = await startStack({ webClientGateway: 'enforce' });
    admin = await signInOverHttp(stack.gatewayUrl, ADMIN);
    web = await serveWeb(stack.webClientGatewayUrl);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  const openPage = async (options: BrowserContextOptions) => {
    page = await (await ready(browser, 'the browser').newContext(options)).newPage();
    return page;
  };

  beforeEach(async () => {
    await openPage(PAGE_OPTIONS);
  });

  afterEach(async () => {
    await page?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await stopProcess(web?.process);
    await stack?.stop();
  });

  return {
    get stack() {
      return ready(stack, 'the stack');
    },
    get webUrl() {
      return ready(web, 'the web client').url;
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get page() {
      return ready(page, 'the page');
    },
    get adminCookie() {
      return ready(admin, "the admin's session").cookie;
    },
    get adminViewer() {
      return ready(admin, "the admin's session").viewer;
    },
    graphQLAs(cookie, query, variables) {
      return graphQLAs(ready(stack, 'the stack').gatewayUrl, cookie, query, variables);
    },
    signInThroughUi(email) {
      return signInThroughUi(ready(page, 'the page'), ready(web, 'the web client').url, email);
    },
    async replacePage(options = PAGE_OPTIONS) {
      await page?.context().close();
      return openPage(options);
    },
  };
}
