import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoGraphQLErrors, postGraphQL } from '@best/kit';
import { startStack, type Stack } from '@best/gateway/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';

// The whole platform in a real browser: the demo data in four databases, the four subgraphs and the
// gateway over HTTP, the built client served by scripts/serve.mjs, and headless Chromium.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SERVE_SCRIPT = join(__dirname, '..', 'scripts', 'serve.mjs');
const SCREENSHOTS = process.env.WEB_SCREENSHOT_DIR ?? join(tmpdir(), 'best-web-screenshots');

const chromiumMissing = `Chromium is not installed at ${CHROMIUM}, so the browser tests of the web client cannot run.
Install it with \`apt-get install -y chromium\` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium binary.`;
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI) throw new Error(chromiumMissing);
  // Straight to stderr: jest drops the console output of a suite whose tests are all skipped.
  process.stderr.write(`\n${'!'.repeat(100)}\n${chromiumMissing}\nSKIPPING the browser tests.\n${'!'.repeat(100)}\n\n`);
}
const describeInBrowser = haveChromium ? describe : describe.skip;

interface CompleteInitiative {
  id: string;
  title: string;
  country: { code: string; name: string };
  stories: { title: string }[];
  nominations: { status: keyof typeof en.enums.NominationStatus; edition: { title: string } }[];
  workshopOutcomes: { text: string }[];
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
async function serveWeb(gatewayUrl: string): Promise<{ url: string; process: ChildProcess }> {
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

function stopProcess(child: ChildProcess | undefined): Promise<void> {
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

/** One initiative with data from every subgraph, found through the gateway so no id is hard-coded. */
async function findCompleteInitiative(
  gatewayUrl: string,
): Promise<{ initiative: CompleteInitiative; total: number; matchingTitle: number }> {
  const query = `{
    initiatives(first: 100) {
      totalCount
      nodes {
        id title country { code name }
        stories { title }
        nominations { status edition { title } }
        workshopOutcomes { text }
      }
    }
  }`;
  const data = expectNoGraphQLErrors(
    (await postGraphQL<{ initiatives: { totalCount: number; nodes: CompleteInitiative[] } }>(gatewayUrl, query)).body,
    query,
  );
  const initiative = data.initiatives.nodes.find(
    (i) => i.stories.length > 0 && i.nominations.length > 0 && i.workshopOutcomes.length > 0,
  );
  if (!initiative)
    throw new Error('The demo data has no initiative with a story, a nomination and a workshop outcome.');
  const search = 'query ($search: String) { initiatives(search: $search) { totalCount } }';
  const matching = expectNoGraphQLErrors(
    (await postGraphQL<{ initiatives: { totalCount: number } }>(gatewayUrl, search, { search: initiative.title })).body,
    search,
  );
  return { initiative, total: data.initiatives.totalCount, matchingTitle: matching.initiatives.totalCount };
}

describeInBrowser('the staff web client in a browser, in front of the whole platform', () => {
  let stack: Stack;
  let web: { url: string; process: ChildProcess } | undefined;
  let browser: Browser;
  let page: Page;
  let complete: CompleteInitiative;
  let totalInitiatives: number;
  /** How many initiatives the search for `complete`'s title finds. */
  let matchingTitle: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startStack();
    ({ initiative: complete, total: totalInitiatives, matchingTitle } = await findCompleteInitiative(stack.gatewayUrl));
    web = await serveWeb(stack.gatewayUrl);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  beforeEach(async () => {
    // An English browser, so the client starts in English.
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await page?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await stopProcess(web?.process);
    await stack?.stop();
  });

  it('finds an initiative from the list and shows what every subgraph knows about it on its page', async () => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(`${web!.url}/`);
    // `/` leads to the list.
    await page.getByRole('heading', { level: 1, name: en.initiatives.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/initiatives');

    await page.getByRole('searchbox', { name: en.initiatives.searchLabel }).fill(complete.title);
    await page.getByRole('button', { name: en.initiatives.searchButton }).click();
    await page.waitForURL((url) => url.searchParams.get('search') === complete.title);
    // Until the search answers, the previous list stays on screen (busy): wait for the new one, or
    // the click may land on a card that moves away under the pointer.
    const found = matchingTitle === 1 ? en.initiatives.count_one : en.initiatives.count_other;
    await page
      .locator('.results[aria-busy="false"]')
      .getByRole('status')
      .filter({ hasText: found.replace('{{count}}', String(matchingTitle)) })
      .waitFor();
    await page.getByRole('link', { name: complete.title, exact: true }).click();

    await page.waitForURL(`**/initiatives/${complete.id}`);
    // network: the initiative itself
    await page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    // stories: a published story
    await page.getByRole('heading', { name: complete.stories[0].title, exact: true }).waitFor();
    // awards: a nomination's edition and its status, in words
    const nomination = complete.nominations[0];
    const nominations = page.getByRole('region', { name: new RegExp(en.nominations.title) });
    await nominations.getByText(nomination.edition.title).first().waitFor();
    await nominations.getByText(en.enums.NominationStatus[nomination.status], { exact: true }).first().waitFor();
    // advocacy: a workshop outcome
    await page.getByText(complete.workshopOutcomes[0].text, { exact: true }).first().waitFor();
    expect(await page.title()).toContain(complete.title);
    expect(problems).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOTS, 'initiative-page.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'initiative-page-phone.png'), fullPage: true });
  });

  it('lists initiatives a page at a time, with the total, and loads more on demand', async () => {
    await page.goto(`${web!.url}/initiatives`);
    await page.getByText(`${totalInitiatives} initiatives`).waitFor();
    const cards = page.locator('.initiative-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(20);

    await page.screenshot({ path: join(SCREENSHOTS, 'initiatives-list.png'), fullPage: false });

    await page.getByRole('button', { name: en.initiatives.loadMore }).click();
    await page.locator('.initiative-card').nth(20).waitFor();
    expect(await cards.count()).toBe(Math.min(40, totalInitiatives));
  });

  it('filters the list by country', async () => {
    await page.goto(`${web!.url}/initiatives`);
    await page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption(complete.country.code);
    await page.waitForURL((url) => url.searchParams.get('country') === complete.country.code);
    await page.waitForFunction((country) => {
      const places = [...document.querySelectorAll('.results[aria-busy="false"] .initiative-card__place')];
      return places.length > 0 && places.every((place) => place.textContent?.includes(country));
    }, complete.country.name);
  });

  it('speaks the language the person chooses, and remembers it', async () => {
    await page.goto(`${web!.url}/initiatives/${complete.id}`);
    await page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    await page.getByRole('combobox', { name: en.language.label }).selectOption('fr');
    await page.getByRole('heading', { name: new RegExp(fr.stories.title) }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    await page.reload();
    await page.getByRole('heading', { name: new RegExp(fr.workshopOutcomes.title) }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'initiative-page-fr.png'), fullPage: false });
  });

  it('says so when an initiative does not exist', async () => {
    await page.goto(`${web!.url}/initiatives/00000000-0000-4000-8000-000000000000`);
    await page.getByText(en.initiative.notFound).waitFor();
  });

  it('explains a failing request in words, by its error code', async () => {
    // The gateway's answer is replaced, so the test picks the code the client has to explain.
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'internal detail', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    );
    await page.goto(`${web!.url}/initiatives/${complete.id}`);
    const alert = page.getByRole('alert');
    await alert.getByText(en.errors.FORBIDDEN).waitFor();
    expect(await alert.textContent()).not.toContain('internal detail');
    await page.screenshot({ path: join(SCREENSHOTS, 'error.png') });
  });
});
