import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import type { Page } from 'playwright-core';
import { describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';

// The calibration of the national juries in a real browser over the whole platform. The demo has two
// decided juries judged by the same guideline: Germany 2017 (decided) and Italy 2017 (announced, the
// more lenient jury); France and Malta 2017 are still judging and never appear.

const COORDINATOR_IT = 'coordinator.it@best.example';
const MEMBER = 'member@best.example';
const JUROR = 'juror@best.example';
const GERMANY = 'Germany 2017';
const ITALY = 'Italy 2017';
/** The demo's jurors of those two juries, whose names must never reach the page. */
const JUROR_NAMES = [
  'Katrin Vogel',
  'Jonas Becker',
  'Samir Haddad',
  'Giulia Romano',
  'Marco Esposito',
  'Fatima Benali',
];
const describeInBrowser = describeInBrowserOrSkip();

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [name, value]) => out.replace(`{{${name}}}`, String(value)), text);
const c = en.awards.calibration;

describeInBrowser('the calibration of the national juries, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { signInThroughUi } = platform;

  const editionRows = (page: Page) => page.getByRole('table', { name: c.editionsCaption }).locator('tbody tr');
  const jurorTable = (page: Page, edition: string) =>
    page.getByRole('table', { name: fill(c.jurorsCaption, { edition }) });

  it('shows an admin both decided juries side by side, criterion by criterion, with every jury’s anonymous jurors', async () => {
    const page = platform.page;
    await signInThroughUi('admin@best.example');
    await page.getByRole('link', { name: en.nav.calibration, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: c.title }).waitFor();
    await page.waitForURL(/\/awards\/calibration\?key=best-practice-guidelines/);

    await editionRows(page).first().waitFor();
    expect(await editionRows(page).locator('th').allTextContents()).toEqual([GERMANY, ITALY]);
    // Italy's jury scored higher than the mean of the two, Germany's lower: the words say so.
    const italy = editionRows(page).filter({ hasText: ITALY });
    await italy.getByText(c.standing.editions.ABOVE).waitFor();
    await editionRows(page).filter({ hasText: GERMANY }).getByText(c.standing.editions.BELOW).waitFor();

    const criteria = page.locator('table.calibration-criterion');
    expect(await criteria.count()).toBe(5);
    const first = criteria.first();
    expect(await first.locator('thead th').allTextContents()).toEqual([GERMANY, ITALY, c.allEditions]);
    for (let level = 1; level <= 5; level++) {
      await first.getByRole('rowheader', { name: fill(c.level, { level }), exact: true }).waitFor();
    }

    for (const edition of [GERMANY, ITALY]) {
      const rows = jurorTable(page, edition).locator('tbody tr th');
      expect(await rows.allTextContents()).toEqual([1, 2, 3].map((number) => fill(c.jurorNumber, { number })));
    }
    await jurorTable(page, ITALY).locator('tbody tr').first().getByText(c.standing.jury.BELOW).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of JUROR_NAMES) expect(text).not.toContain(name);
    expect(await page.getByTestId('calibration-jurors-hidden').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'awards-calibration-admin.png'), fullPage: true });

    // A year without a decided edition: nothing to compare.
    await page.getByLabel(c.year).fill('2016');
    await page.getByText(c.empty).waitFor();
    expect(await page.locator('table.calibration-criterion').count()).toBe(0);
  });

  it('shows the Italian coordinator every edition’s figures but the jurors of Italy only', async () => {
    const page = platform.page;
    await signInThroughUi(COORDINATOR_IT);
    await page.getByRole('link', { name: en.nav.calibration, exact: true }).click();
    await editionRows(page).first().waitFor();
    expect(await editionRows(page).locator('th').allTextContents()).toEqual([GERMANY, ITALY]);
    expect(await page.locator('table.calibration-criterion').count()).toBe(5);
    await jurorTable(page, ITALY).waitFor();
    expect(await jurorTable(page, GERMANY).count()).toBe(0);
    expect(await page.getByTestId('calibration-jurors-hidden').textContent()).toBe(
      fill(c.jurorsHidden, { editions: GERMANY }),
    );
  });

  it('offers the page to nobody else: a member and a juror are refused, the public asked to sign in', async () => {
    for (const email of [MEMBER, JUROR]) {
      const page = await platform.replacePage();
      await signInThroughUi(email);
      expect(await page.getByRole('link', { name: en.nav.calibration, exact: true }).count()).toBe(0);
      await page.goto(`${platform.webUrl}/awards/calibration`);
      await page.getByRole('alert').getByText(c.staffOnly).waitFor();
      expect(await page.locator('table').count()).toBe(0);
    }
    const page = await platform.replacePage();
    await page.goto(`${platform.webUrl}/awards/calibration`);
    await page.getByRole('alert').getByText(c.signIn).waitFor();
    expect(await page.getByRole('link', { name: en.nav.calibration, exact: true }).count()).toBe(0);
  });
});
