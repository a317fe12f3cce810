import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import type { Page } from 'playwright-core';
import { ADMIN, describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';

// Best practices and manuals in a real browser over the whole platform: an admin approves a national
// winner, revises it, builds a manual with it and publishes it; a member reads best practices and
// manuals and gets no approve, revise or builder controls, and no draft; the public reads the announced
// best practices only, the published manual with its rendering through the web client's own origin (the
// preview frame and the printable page), and the best practice on the initiative's page. The demo has
// Italy's (announced) and Germany's (decided) winners approved, a published manual and a draft; the
// first test decides France 2017, which is judging, to have a winner nobody has approved yet.

const MEMBER_MT = 'member@best.example';
const describeInBrowser = describeInBrowserOrSkip();

const WHAT_WORKS = 'Neighbours and newcomers tend the same plots and share the harvest at a monthly meal.';
const LESSONS = 'Small plots for two families work better than one big shared field.';
const TRANSFERABILITY = 'Any town with unused public land and a municipal partner can start with ten plots.';
/** The demo's approved winners and manuals (services/awards/src/seed/demo-best-practices.ts). */
const ITALIAN_WINNER = 'Host families for newcomers in Roma';
const GERMAN_WINNER = "Women's running and swimming club in Nürnberg";
const PUBLISHED_MANUAL = 'Bringing people together: best practices of the B.E.S.T. network';
const DRAFT_MANUAL = 'Moving together: sport and everyday life (draft)';

describeInBrowser('best practices and the manual builder, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  /**
   * Decides France 2017 (judging in the demo) through the API, its first shortlisted nomination the
   * winner, and announces it: a winner of an announced edition that is not a best practice yet.
   */
  async function announceFrenchWinner(): Promise<{ initiativeTitle: string }> {
    type Edition = {
      id: string;
      version: number;
      nominations: { nodes: { id: string; status: string; initiative: { title: string } }[] };
    };
    const { awardEditions } = await graphQLAs<{ awardEditions: { nodes: Edition[] } }>(
      platform.adminCookie,
      `{ awardEditions(countryCode: "FR", year: 2017, first: 1) {
         nodes { id version nominations(first: 50) { nodes { id status initiative { title } } } } } }`,
    );
    const [edition] = awardEditions.nodes;
    const winner = edition.nominations.nodes.find((n) => n.status === 'SHORTLISTED')!;
    const { recordAwardDecision } = await graphQLAs<{ recordAwardDecision: { edition: { version: number } } }>(
      platform.adminCookie,
      `mutation ($input: RecordAwardDecisionInput!) { recordAwardDecision(input: $input) { edition { version } } }`,
      {
        input: {
          editionId: edition.id,
          expectedVersion: edition.version,
          winners: [winner.id],
          reason: 'The jury met for the browser test.',
        },
      },
    );
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: MoveAwardEditionPhaseInput!) { moveAwardEditionPhase(input: $input) { edition { id } } }`,
      {
        input: {
          id: edition.id,
          expectedVersion: recordAwardDecision.edition.version,
          to: 'ANNOUNCED',
          reason: 'Announced for the browser test.',
        },
      },
    );
    return { initiativeTitle: winner.initiative.title };
  }

  const formNamed = (page: Page, name: string) => page.getByRole('form', { name });

  it('lets an admin approve a winner, revise it, build a manual with it (refused while a chapter cites an unannounced edition) and publish it', async () => {
    const france = await announceFrenchWinner();
    const page = platform.page;
    await signInThroughUi(ADMIN);
    await page.getByRole('link', { name: en.nav.bestPractices, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.awards.bestPractices.title }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`^${en.awards.bestPractices.candidatesTitle}`) })
      .waitFor();
    // The demo's winners are approved already: only the new French one waits.
    expect(await page.getByRole('button', { name: `Approve ${ITALIAN_WINNER}` }).count()).toBe(0);
    await page.getByRole('button', { name: `Approve ${france.initiativeTitle}` }).click();

    const approve = formNamed(page, `Approve ${france.initiativeTitle} as a best practice`);
    await approve.getByRole('button', { name: en.awards.bestPractices.approveSubmit }).click();
    // Empty texts: the server names each field.
    await approve.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await approve.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(3);
    await approve.getByLabel(en.awards.bestPractices.whatWorks).fill(WHAT_WORKS);
    await approve.getByLabel(en.awards.bestPractices.lessons).fill('Shared plots need a rota.');
    await approve.getByLabel(en.awards.bestPractices.transferability).fill(TRANSFERABILITY);
    await approve.getByLabel(en.awards.bestPractices.themesField).fill('Gardening, food');
    await approve.getByRole('button', { name: en.awards.bestPractices.approveSubmit }).click();

    await page.waitForURL('**/awards/best-practices/*');
    await page.getByRole('heading', { level: 1, name: france.initiativeTitle }).waitFor();
    await page.getByText(WHAT_WORKS).waitFor();
    await page.locator('.tag', { hasText: 'food' }).waitFor();
    await page.getByRole('button', { name: en.awards.bestPractices.reviseOpen }).click();
    const revise = formNamed(page, en.awards.bestPractices.reviseTitle);
    await revise.getByLabel(en.awards.bestPractices.lessons).fill(LESSONS);
    await revise.getByRole('button', { name: en.awards.bestPractices.reviseSubmit }).click();
    await revise.waitFor({ state: 'detached' });
    await page.getByText(LESSONS).waitFor();
    expect(await page.getByText('Shared plots need a rota.').count()).toBe(0);

    await page.goto(`${platform.webUrl}/awards/manuals`);
    await page.getByRole('button', { name: en.awards.manuals.createOpen }).click();
    const create = formNamed(page, en.awards.manuals.createTitle);
    await create.getByLabel(en.awards.manuals.titleField).fill('Growing together (browser test)');
    await create.getByRole('button', { name: en.awards.manuals.createSubmit }).click();
    await page.waitForURL('**/awards/manuals/*');
    const manualId = new URL(page.url()).pathname.split('/').pop()!;

    const builder = formNamed(page, en.awards.manuals.builderTitle);
    for (const [number, title, initiativeTitle] of [
      [1, 'Gardens', france.initiativeTitle],
      [2, 'Not announced yet', GERMAN_WINNER],
    ] as const) {
      await builder.getByRole('button', { name: en.awards.manuals.addChapter }).click();
      await builder.getByLabel(`Title of chapter ${number}`).fill(title);
      const pick = builder.getByLabel(`Best practice to add to chapter ${number}`);
      const value = await pick.locator('option', { hasText: initiativeTitle }).getAttribute('value');
      await pick.selectOption(value!);
      await builder.getByRole('button', { name: `Add to chapter ${number}` }).click();
    }
    // Chapter 2 up, then back down: the builder orders chapters as it likes.
    await builder.getByRole('button', { name: 'Move chapter 2 up' }).click();
    await expect(builder.getByLabel('Title of chapter 1').inputValue()).resolves.toBe('Not announced yet');
    await builder.getByRole('button', { name: 'Move chapter 1 down' }).click();
    await builder.getByRole('button', { name: en.awards.manuals.save }).click();
    await page.getByRole('status').filter({ hasText: en.awards.manuals.saved }).waitFor();

    // Germany 2017 is decided but not announced: publishing names that chapter's best practice.
    const publish = formNamed(page, en.awards.manuals.publishTitle);
    await publish.getByRole('button', { name: en.awards.manuals.publishSubmit }).click();
    await publish.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    await publish.getByText('Chapter 2, best practice 1').waitFor();

    await builder.getByRole('button', { name: 'Remove chapter 2' }).click();
    await builder.getByRole('button', { name: en.awards.manuals.save }).click();
    await page.getByRole('status').filter({ hasText: en.awards.manuals.saved }).waitFor();
    // The preview is the gateway's rendering of what was saved, framed on the web client's origin.
    await page.frameLocator('iframe.manual-preview__frame').getByRole('heading', { name: 'Gardens' }).waitFor();
    await publish.getByRole('button', { name: en.awards.manuals.publishSubmit }).click();
    await page.locator('.eyebrow', { hasText: en.enums.ManualStatus.PUBLISHED }).waitFor();
    expect(await formNamed(page, en.awards.manuals.builderTitle).count()).toBe(0);
    await page.getByRole('heading', { level: 3, name: 'Gardens' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'manual-published.png'), fullPage: true });

    const pdf = await page.request.get(`${platform.webUrl}/manuals/${manualId}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a member best practices and published manuals, with no approve, revise, builder or publish controls and no draft', async () => {
    const page = platform.page;
    await signInThroughUi(MEMBER_MT);
    await page.getByRole('link', { name: en.nav.bestPractices, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.awards.bestPractices.title }).waitFor();
    // The network reads the decided German one too.
    await page.getByRole('link', { name: GERMAN_WINNER }).waitFor();
    expect(await page.getByText(en.awards.bestPractices.candidatesTitle).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Approve / }).count()).toBe(0);
    await page.getByRole('link', { name: ITALIAN_WINNER }).click();
    await page.getByRole('heading', { level: 1, name: ITALIAN_WINNER }).waitFor();
    await page.getByRole('heading', { level: 2, name: en.awards.bestPractices.transferability }).waitFor();
    expect(await page.getByRole('button', { name: en.awards.bestPractices.reviseOpen }).count()).toBe(0);

    await page.goto(`${platform.webUrl}/awards/manuals`);
    await page.getByRole('link', { name: PUBLISHED_MANUAL }).waitFor();
    expect(await page.getByRole('link', { name: DRAFT_MANUAL }).count()).toBe(0);
    expect(await page.getByRole('button', { name: en.awards.manuals.createOpen }).count()).toBe(0);
    await page.getByRole('link', { name: PUBLISHED_MANUAL }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${en.awards.manuals.contents}`) }).waitFor();
    expect(await formNamed(page, en.awards.manuals.builderTitle).count()).toBe(0);
    expect(await formNamed(page, en.awards.manuals.publishTitle).count()).toBe(0);

    // The draft, which the admin lists: not found for the member, as a page and as its rendering.
    const { manuals } = await graphQLAs<{ manuals: { id: string; title: string }[] }>(
      platform.adminCookie,
      '{ manuals { id title } }',
    );
    const draft = manuals.find((m) => m.title === DRAFT_MANUAL)!;
    await page.goto(`${platform.webUrl}/awards/manuals/${draft.id}`);
    await page.getByText(en.awards.manuals.notFound).waitFor();
    expect((await page.request.get(`${platform.webUrl}/manuals/${draft.id}.html`)).status()).toBe(404);
  });

  it('lets the public read announced best practices, a published manual in the preview frame and on its own, and the best practice on the initiative page', async () => {
    const page = platform.page;
    await page.goto(`${platform.webUrl}/awards/best-practices`);
    await page.getByRole('link', { name: ITALIAN_WINNER }).waitFor();
    // Germany 2017 is decided, not announced: its winner is not public yet.
    expect(await page.getByRole('link', { name: GERMAN_WINNER }).count()).toBe(0);

    await page.goto(`${platform.webUrl}/awards/manuals`);
    expect(await page.getByRole('link', { name: DRAFT_MANUAL }).count()).toBe(0);
    await page.getByRole('link', { name: PUBLISHED_MANUAL }).click();
    await page.getByRole('heading', { level: 1, name: PUBLISHED_MANUAL }).waitFor();
    await page
      .frameLocator('iframe.manual-preview__frame')
      .getByRole('heading', { level: 1, name: PUBLISHED_MANUAL })
      .waitFor();
    const href = await page.getByRole('link', { name: en.awards.manuals.openHtml }).getAttribute('href');
    expect(href).toMatch(/^\/manuals\/[0-9a-f-]{36}\.html$/);
    const html = await page.request.get(`${platform.webUrl}${href}`);
    expect(html.status()).toBe(200);
    // Framed by the web client's own origin only; still no script and nothing from elsewhere.
    expect(html.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(html.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await html.text()).toContain(ITALIAN_WINNER);

    // From the best practice to its initiative, whose page shows it too.
    await page.goto(`${platform.webUrl}/awards/best-practices`);
    await page.getByRole('link', { name: ITALIAN_WINNER }).click();
    await page.getByRole('heading', { level: 1, name: ITALIAN_WINNER }).waitFor();
    await page.getByRole('link', { name: ITALIAN_WINNER }).click();
    await page.waitForURL('**/initiatives/*');
    const panel = page.getByRole('region', { name: en.initiative.bestPractice.title });
    await panel.getByRole('heading', { level: 3, name: en.awards.bestPractices.whatWorks }).waitFor();
    await panel.getByRole('link', { name: en.initiative.bestPractice.open }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'initiative-best-practice.png'), fullPage: true });
  });
});
