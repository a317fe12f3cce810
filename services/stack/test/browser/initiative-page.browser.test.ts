import { request } from 'node:http';
import { join } from 'node:path';
import { expectNoGraphQLErrors, postGraphQL } from '@best/kit/testing';
import en from '@best/web/i18n/en.json';
import fr from '@best/web/i18n/fr.json';
import type { BrowserContext } from 'playwright-core';
import {
  ADMIN,
  DEMO_PASSWORD,
  describeInBrowserOrSkip,
  SCREENSHOTS,
  SESSION_COOKIE,
  usePlatformInBrowser,
} from './browser-harness';

// The whole platform in a real browser: the demo data in four databases, the four subgraphs and the
// gateway over HTTP, the built client served by web/scripts/serve.mjs, and headless Chromium.

const describeInBrowser = describeInBrowserOrSkip();

interface CompleteInitiative {
  id: string;
  title: string;
  country: { code: string; name: string };
  stories: { title: string }[];
  nominations: { status: keyof typeof en.enums.NominationStatus; edition: { title: string } }[];
  workshopOutcomes: { text: string }[];
}

/**
 * One initiative with data from every subgraph, as an admin sees it (the public sees no workshop
 * outcomes), found through the gateway so no id is hard-coded.
 */
async function findCompleteInitiative(
  gatewayUrl: string,
  cookie: string,
): Promise<{ initiative: CompleteInitiative; matchingTitle: number }> {
  const query = `{
    initiatives(first: 100) {
      nodes {
        id title country { code name }
        stories { title }
        nominations { status edition { title } }
        workshopOutcomes { text }
      }
    }
  }`;
  const data = expectNoGraphQLErrors(
    (await postGraphQL<{ initiatives: { nodes: CompleteInitiative[] } }>(gatewayUrl, query, {}, { cookie })).body,
    query,
  );
  const initiative = data.initiatives.nodes.find(
    (i) => i.stories.length > 0 && i.nominations.length > 0 && i.workshopOutcomes.length > 0,
  );
  if (!initiative)
    throw new Error('The demo data has no initiative with a story, a nomination and a workshop outcome.');
  const search = 'query ($search: String) { initiatives(search: $search) { totalCount } }';
  const matching = expectNoGraphQLErrors(
    (
      await postGraphQL<{ initiatives: { totalCount: number } }>(
        gatewayUrl,
        search,
        { search: initiative.title },
        { cookie },
      )
    ).body,
    search,
  );
  return { initiative, matchingTitle: matching.initiatives.totalCount };
}

/** How many initiatives the public sees in the list. */
async function publicInitiativeCount(gatewayUrl: string): Promise<number> {
  const query = '{ initiatives { totalCount } }';
  return expectNoGraphQLErrors(
    (await postGraphQL<{ initiatives: { totalCount: number } }>(gatewayUrl, query)).body,
    query,
  ).initiatives.totalCount;
}

const viewerSignIn = { email: 'viewer@best.example', password: DEMO_PASSWORD };

/** A POST to the web server with the Host and Origin a browser would send from a page at that host. */
function postThroughWeb(
  webUrl: string,
  path: string,
  headers: { host: string; origin: string },
  body: unknown,
): Promise<{ status: number; cookies: string[]; body: any }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(webUrl);
    const req = request(
      { hostname, port, path, method: 'POST', headers: { ...headers, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, cookies: res.headers['set-cookie'] ?? [], body: JSON.parse(text) }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const sessionCookieOf = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);

describeInBrowser('the staff web client in a browser, in front of the whole platform', () => {
  const platform = usePlatformInBrowser();
  let complete: CompleteInitiative;
  /** How many initiatives the public sees. */
  let totalInitiatives: number;
  /** How many initiatives the search for `complete`'s title finds. */
  let matchingTitle: number;
  /** The admin as the header names them: "Signed in as <name> (<role>)". */
  let adminSignedInAs: string;

  beforeAll(async () => {
    const admin = platform.adminViewer;
    adminSignedInAs = en.auth.signedInAs
      .replace('{{name}}', admin.displayName)
      .replace('{{role}}', en.enums.Role[admin.role as keyof typeof en.enums.Role]);
    const { gatewayUrl } = platform.stack;
    ({ initiative: complete, matchingTitle } = await findCompleteInitiative(gatewayUrl, platform.adminCookie));
    totalInitiatives = await publicInitiativeCount(gatewayUrl);
  });

  /** Fills in and sends the sign-in form, as a person would. */
  async function submitSignIn(email: string, password: string) {
    await platform.page.getByLabel(en.signIn.email).fill(email);
    await platform.page.getByLabel(en.signIn.password).fill(password);
    await platform.page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
  }

  /** Signs in as the admin through the sign-in page and waits for the header to say so. */
  async function signInAsAdmin() {
    await platform.page.goto(`${platform.webUrl}/sign-in`);
    await submitSignIn(ADMIN, DEMO_PASSWORD);
    await platform.page.getByText(adminSignedInAs, { exact: true }).waitFor();
  }

  const outcomesSection = () => platform.page.getByRole('region', { name: new RegExp(en.workshopOutcomes.title) });

  it('signed in, finds an initiative from the list and shows what every subgraph knows about it on its page', async () => {
    const problems: string[] = [];
    platform.page.on('pageerror', (error) => problems.push(error.message));
    platform.page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await platform.page.goto(`${platform.webUrl}/`);
    // `/` leads to the list.
    await platform.page.getByRole('heading', { level: 1, name: en.initiatives.title }).waitFor();
    expect(new URL(platform.page.url()).pathname).toBe('/initiatives');

    // Workshop outcomes are the network's: sign in (from the header's link) to see them.
    await platform.page.getByRole('link', { name: en.auth.signIn, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.signIn.title }).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'sign-in.png') });
    await submitSignIn(ADMIN, DEMO_PASSWORD);
    await platform.page.getByText(adminSignedInAs, { exact: true }).waitFor();
    // Back where the person came from.
    await platform.page.waitForURL('**/initiatives');
    expect(await sessionCookieOf(platform.page.context())).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });

    await platform.page.getByRole('searchbox', { name: en.initiatives.searchLabel }).fill(complete.title);
    await platform.page.getByRole('button', { name: en.initiatives.searchButton }).click();
    await platform.page.waitForURL((url) => url.searchParams.get('search') === complete.title);
    // Until the search answers, the previous list stays on screen (busy): wait for the new one, or
    // the click may land on a card that moves away under the pointer.
    const found = matchingTitle === 1 ? en.initiatives.count_one : en.initiatives.count_other;
    await platform.page
      .locator('.results[aria-busy="false"]')
      .getByRole('status')
      .filter({ hasText: found.replace('{{count}}', String(matchingTitle)) })
      .waitFor();
    await platform.page.getByRole('link', { name: complete.title, exact: true }).click();

    await platform.page.waitForURL(`**/initiatives/${complete.id}`);
    // network: the initiative itself
    await platform.page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    // stories: a published story
    await platform.page.getByRole('heading', { name: complete.stories[0].title, exact: true }).waitFor();
    // awards: a nomination's edition and its status, in words
    const nomination = complete.nominations[0];
    const nominations = platform.page.getByRole('region', { name: new RegExp(en.nominations.title) });
    await nominations.getByText(nomination.edition.title).first().waitFor();
    await nominations.getByText(en.enums.NominationStatus[nomination.status], { exact: true }).first().waitFor();
    // advocacy: a workshop outcome
    await platform.page.getByText(complete.workshopOutcomes[0].text, { exact: true }).first().waitFor();
    expect(await platform.page.title()).toContain(complete.title);
    expect(problems).toEqual([]);

    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiative-page.png'), fullPage: true });
    await platform.page.locator('.app-header').screenshot({ path: join(SCREENSHOTS, 'header-signed-in.png') });
    await platform.page.setViewportSize({ width: 390, height: 844 });
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiative-page-phone.png'), fullPage: true });
    await platform.page.locator('.app-header').screenshot({ path: join(SCREENSHOTS, 'header-signed-in-phone.png') });
  });

  it('lists initiatives a page at a time, with the total, and loads more on demand', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives`);
    await platform.page.getByText(`${totalInitiatives} initiatives`).waitFor();
    const cards = platform.page.locator('.initiative-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(20);

    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiatives-list.png'), fullPage: false });

    await platform.page.getByRole('button', { name: en.initiatives.loadMore }).click();
    await platform.page.locator('.initiative-card').nth(20).waitFor();
    expect(await cards.count()).toBe(Math.min(40, totalInitiatives));
  });

  it('filters the list by country', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives`);
    await platform.page
      .getByRole('combobox', { name: en.initiatives.countryLabel })
      .selectOption(complete.country.code);
    await platform.page.waitForURL((url) => url.searchParams.get('country') === complete.country.code);
    await platform.page.waitForFunction((country) => {
      const places = [...document.querySelectorAll('.results[aria-busy="false"] .initiative-card__place')];
      return places.length > 0 && places.every((place) => place.textContent?.includes(country));
    }, complete.country.name);
  });

  it('speaks the language the person chooses, and remembers it', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives/${complete.id}`);
    await platform.page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    await platform.page.getByRole('combobox', { name: en.language.label }).selectOption('fr');
    await platform.page.getByRole('heading', { name: new RegExp(fr.stories.title) }).waitFor();
    expect(await platform.page.evaluate(() => document.documentElement.lang)).toBe('fr');

    await platform.page.reload();
    await platform.page.getByRole('heading', { name: new RegExp(fr.workshopOutcomes.title) }).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiative-page-fr.png'), fullPage: false });
  });

  it('says so when an initiative does not exist', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives/00000000-0000-4000-8000-000000000000`);
    await platform.page.getByText(en.initiative.notFound).waitFor();
  });

  it('explains a failing request in words, by its error code', async () => {
    // The gateway's answer is replaced, so the test picks the code the client has to explain.
    await platform.page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'internal detail', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    );
    await platform.page.goto(`${platform.webUrl}/initiatives/${complete.id}`);
    const alert = platform.page.getByRole('alert');
    await alert.getByText(en.errors.FORBIDDEN).waitFor();
    expect(await alert.textContent()).not.toContain('internal detail');
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'error.png') });
  });
  it('refuses a wrong password with a translated message, and sets no session cookie', async () => {
    await platform.page.goto(`${platform.webUrl}/sign-in`);
    await submitSignIn(ADMIN, 'not-the-password');
    const alert = platform.page.getByRole('alert');
    await alert.getByText(en.signIn.errors.UNAUTHENTICATED, { exact: true }).waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('UNAUTHENTICATED');
    expect(await sessionCookieOf(platform.page.context())).toBeUndefined();
    // The password is cleared for the next try; the email stays.
    expect(await platform.page.getByLabel(en.signIn.password).inputValue()).toBe('');
    expect(await platform.page.getByLabel(en.signIn.email).inputValue()).toBe(ADMIN);
    expect(await platform.page.getByRole('button', { name: en.auth.signOut }).count()).toBe(0);
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'sign-in-refused.png') });
    await platform.page.setViewportSize({ width: 390, height: 844 });
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'sign-in-refused-phone.png') });
  });

  it('signs out back to what the public sees: the workshop outcomes leave the page, and the cookie goes', async () => {
    await signInAsAdmin();
    await platform.page.goto(`${platform.webUrl}/initiatives/${complete.id}`);
    await outcomesSection().getByText(complete.workshopOutcomes[0].text, { exact: true }).first().waitFor();

    await platform.page.getByRole('button', { name: en.auth.signOut }).click();
    await platform.page.getByRole('status').filter({ hasText: en.auth.signedOut }).waitFor();
    await platform.page.getByRole('link', { name: en.auth.signIn, exact: true }).waitFor();
    // docs/access-rules.md: workshops and outcomes are for the network; the public sees none.
    await outcomesSection().getByText(en.workshopOutcomes.empty).waitFor();
    expect(await platform.page.getByText(complete.workshopOutcomes[0].text, { exact: true }).count()).toBe(0);
    // The rest of the page stays readable to the public.
    await platform.page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    expect(await sessionCookieOf(platform.page.context())).toBeUndefined();
    expect(await platform.page.getByText(adminSignedInAs).count()).toBe(0);
    await platform.page.locator('.app-header').screenshot({ path: join(SCREENSHOTS, 'header-signed-out.png') });
    await platform.page.setViewportSize({ width: 390, height: 844 });
    await platform.page.locator('.app-header').screenshot({ path: join(SCREENSHOTS, 'header-signed-out-phone.png') });
  });

  it('notices a session that ended elsewhere: clears what it held and offers to sign in again', async () => {
    // Signing in from a link to the initiative page comes back to it.
    await platform.page.goto(`${platform.webUrl}/sign-in?next=${encodeURIComponent(`/initiatives/${complete.id}`)}`);
    await submitSignIn(ADMIN, DEMO_PASSWORD);
    await platform.page.waitForURL(`**/initiatives/${complete.id}`);
    await outcomesSection().getByText(complete.workshopOutcomes[0].text, { exact: true }).first().waitFor();

    // The session ends on the server (signed out on another device, say); this tab still holds the cookie.
    const cookie = await sessionCookieOf(platform.page.context());
    const ended = await fetch(new URL('/auth/sign-out', platform.stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${cookie!.value}` },
      body: '{}',
    });
    expect(await ended.json()).toEqual({ signedOut: true });

    // The next request the page makes is refused with 401: the client says so and carries on as the public.
    await platform.page.getByRole('link', { name: `← ${en.initiative.backToList}` }).click();
    const notice = platform.page.getByRole('alert').filter({ hasText: en.auth.sessionEnded });
    await notice.waitFor();
    await notice.getByRole('link', { name: en.auth.signInAgain }).waitFor();
    await platform.page.getByRole('link', { name: en.auth.signIn, exact: true }).waitFor();
    await platform.page.locator('.results[aria-busy="false"] .initiative-card').first().waitFor();
    expect(await sessionCookieOf(platform.page.context())).toBeUndefined();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'session-ended.png') });

    // Nothing of the admin's stayed in the store: the initiative page is asked again, as the public.
    await platform.page.goBack();
    await platform.page.getByRole('heading', { level: 1, name: complete.title }).waitFor();
    await outcomesSection().getByText(en.workshopOutcomes.empty).waitFor();
    expect(await platform.page.getByText(complete.workshopOutcomes[0].text, { exact: true }).count()).toBe(0);

    await notice.getByRole('link', { name: en.auth.signInAgain }).click();
    await platform.page.waitForURL(
      (url) => url.pathname === '/sign-in' && url.searchParams.get('next') === `/initiatives/${complete.id}`,
    );
  });

  it('after too many failed sign-ins for one account, refuses even the right password and says to wait', async () => {
    const juror = 'juror@best.example';
    await platform.page.goto(`${platform.webUrl}/sign-in`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await Promise.all([platform.page.waitForResponse('**/auth/sign-in'), submitSignIn(juror, `wrong-${attempt}`)]);
      await platform.page.getByRole('alert').getByText(en.signIn.errors.UNAUTHENTICATED).waitFor();
    }
    await Promise.all([platform.page.waitForResponse('**/auth/sign-in'), submitSignIn(juror, DEMO_PASSWORD)]);
    await platform.page.getByRole('alert').getByText(en.signIn.errors.RATE_LIMITED, { exact: true }).waitFor();
    expect(await sessionCookieOf(platform.page.context())).toBeUndefined();
  });

  it('says how long to wait when the server sends Retry-After, and holds the button until then', async () => {
    // The gateway's limit per address is set high for tests: its answer is played here instead.
    await platform.page.route('**/auth/sign-in', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: { 'retry-after': '30' },
        body: JSON.stringify({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }),
      }),
    );
    await platform.page.goto(`${platform.webUrl}/sign-in`);
    await submitSignIn(ADMIN, DEMO_PASSWORD);
    await platform.page
      .getByRole('alert')
      .getByText(en.signIn.errors.rateLimitedSeconds_other.replace('{{count}}', '30'), { exact: true })
      .waitFor();
    expect(await platform.page.getByRole('button', { name: en.signIn.submit, exact: true }).isDisabled()).toBe(true);
  });

  it('passes sign-ins from its own pages on to the gateway, and refuses those from other sites', async () => {
    const port = new URL(platform.webUrl).port;
    // A page's origin is whatever host the person typed: 127.0.0.1 or localhost (`npm start` answers both).
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const own = await postThroughWeb(
        platform.webUrl,
        '/auth/sign-in',
        { host, origin: `http://${host}` },
        viewerSignIn,
      );
      expect({ host, status: own.status }).toEqual({ host, status: 200 });
      expect(own.cookies).toEqual([expect.stringMatching(/^best_session=.+HttpOnly; SameSite=Lax/)]);
    }
    for (const origin of ['https://evil.example', `http://localhost:${port}`, 'http://127.0.0.1:1', 'null']) {
      const refused = await postThroughWeb(
        platform.webUrl,
        '/auth/sign-in',
        { host: `127.0.0.1:${port}`, origin },
        viewerSignIn,
      );
      expect({
        origin,
        status: refused.status,
        cookies: refused.cookies,
        code: refused.body.errors?.[0].extensions.code,
      }).toEqual({
        origin,
        status: 403,
        cookies: [],
        code: 'FORBIDDEN',
      });
    }
  });
});
