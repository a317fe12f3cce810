import { join } from 'node:path';
import { postGraphQL } from '@best/kit/testing';
import en from '@best/web/i18n/en.json';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';

// The public's nomination in a real browser over the whole platform: anyone, not signed in, reaches
// the form from the board and nominates with a name and an email address; only the country's
// coordinator then reads the address. The withdraw button follows Nomination.viewerCanWithdraw: the
// nominating member has it, another country's member does not. Each test opens its own Maltese
// edition of a year in the future. Run with TRUSTED_DOCUMENTS=enforce, it also proves the pages'
// documents are registered in the committed manifest.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const MEMBER_MT = 'member@best.example';
const describeInBrowser = describeInBrowserOrSkip();

const STATEMENT =
  'Every Saturday morning neighbours and newcomers repair bicycles together and teach each other the trade.';
const NOMINATOR = 'Maria Borg';
const EMAIL = 'maria.borg@example.org';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeInBrowser('the public nomination form and who may withdraw, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  /** An edition of `countryCode` and `year`, opened for nominations through the API. */
  async function openEdition(year: number, countryCode = 'MT'): Promise<{ id: string; title: string }> {
    const { guidelines } = await graphQLAs<{ guidelines: { id: string }[] }>(
      platform.adminCookie,
      '{ guidelines(published: true) { id } }',
    );
    const title = `${countryCode} ${year} (public nomination test)`;
    const created = await graphQLAs<{ createAwardEdition: { edition: { id: string; version: number } } }>(
      platform.adminCookie,
      `mutation ($input: CreateAwardEditionInput!) { createAwardEdition(input: $input) { edition { id version } } }`,
      {
        input: {
          countryCode,
          year,
          title,
          guidelineId: guidelines[0].id,
          nominationsCloseAt: `${year}-06-30T22:00:00Z`,
          decisionAt: `${year}-09-30T10:00:00Z`,
        },
      },
    );
    const { id, version } = created.createAwardEdition.edition;
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: MoveAwardEditionPhaseInput!) { moveAwardEditionPhase(input: $input) { edition { id } } }`,
      { input: { id, expectedVersion: version, to: 'NOMINATIONS_OPEN', reason: 'Open for the browser test.' } },
    );
    return { id, title };
  }

  async function initiativesOf(countryCode: string): Promise<{ id: string; title: string }[]> {
    const { initiatives } = await graphQLAs<{ initiatives: { nodes: { id: string; title: string }[] } }>(
      platform.adminCookie,
      'query ($countryCode: ID!) { initiatives(countryCode: $countryCode, first: 10) { nodes { id title } } }',
      { countryCode },
    );
    return initiatives.nodes;
  }

  const malteseInitiative = async (index: number) => (await initiativesOf('MT'))[index];

  /** The edition's nominations as the admin reads them. */
  async function nominationsOf(editionId: string): Promise<{ id: string; nominatedBy: string | null }[]> {
    const { awardEdition } = await graphQLAs<{
      awardEdition: { nominations: { nodes: { id: string; nominatedBy: string | null }[] } };
    }>(
      platform.adminCookie,
      'query ($id: ID!) { awardEdition(id: $id) { nominations(first: 10) { nodes { id nominatedBy } } } }',
      { id: editionId },
    );
    return awardEdition.nominations.nodes;
  }

  /** Fills in the nomination form's initiative, statement and evidence. */
  async function fillNomination(page: Page, initiative: { title: string }) {
    const form = page.getByRole('form', { name: en.awards.nominate.title });
    await form.getByLabel(en.awards.nominate.search).fill(initiative.title);
    await form
      .getByRole('button', { name: new RegExp(`^${escaped(initiative.title)}`) })
      .first()
      .click();
    await form.getByTestId('chosen-initiative').filter({ hasText: initiative.title }).waitFor();
    await form.getByLabel(en.awards.nominate.statement).fill(STATEMENT);
    await form.getByLabel(en.awards.nominate.evidence).fill('https://example.org/bicycles\nA note from the mayor');
    return form;
  }

  it('takes a nomination from the public, refusing a bad email under its field; the Maltese coordinator reads the email, a member does not', async () => {
    const edition = await openEdition(2041);
    const initiative = await malteseInitiative(0);
    const page = platform.page;

    // Not signed in: the board offers Nominate on the open edition, and so does the edition's page.
    await page.goto(`${platform.webUrl}/awards`);
    await page.getByRole('heading', { level: 1, name: en.awards.board.title }).waitFor();
    await page.getByRole('link', { name: edition.title, exact: true }).waitFor();
    await page.goto(`${platform.webUrl}/awards/editions/${edition.id}`);
    await page.getByRole('heading', { level: 1, name: edition.title }).waitFor();
    await page.getByRole('link', { name: en.awards.links.nominate }).waitFor();
    await page.goto(`${platform.webUrl}/awards`);
    const card = page.locator('article').filter({ has: page.getByRole('link', { name: edition.title, exact: true }) });
    const nominate = card.getByRole('link', { name: en.awards.links.nominate, exact: true });
    expect(await nominate.getAttribute('aria-describedby')).toBeTruthy();
    await nominate.click();
    await page.waitForURL(`**/awards/editions/${edition.id}/nominate`);
    await page.getByText(en.awards.nominate.publicIntro).waitFor();

    const form = await fillNomination(page, initiative);
    await page.getByText(en.awards.nominate.whoReads).waitFor();
    // The spam trap is out of the accessibility tree: no person (nor screen reader) is asked to fill it.
    expect(await form.getByRole('textbox', { name: en.awards.nominate.honeypot }).count()).toBe(0);
    expect(await form.locator('input[name="homepage"]').count()).toBe(1);
    await form.getByLabel(en.awards.nominate.nominatorName).fill(NOMINATOR);
    const email = form.getByLabel(en.awards.nominate.nominatorEmail);
    await email.fill('maria.borg at example.org');
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(en.awards.nominate.statement).getAttribute('aria-invalid')).toBeNull();
    expect(await nominationsOf(edition.id)).toEqual([]);

    await email.fill(EMAIL);
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();
    const thanks = page.getByRole('status').filter({ hasText: en.awards.nominate.thanksTitle });
    await thanks.getByRole('heading', { level: 1, name: en.awards.nominate.thanksTitle }).waitFor();
    await thanks.getByText(initiative.title, { exact: false }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'award-public-nomination-thanks.png'), fullPage: true });
    const [nomination] = await nominationsOf(edition.id);
    expect(nomination.nominatedBy).toBe(NOMINATOR);

    // The edition's coordinator reads who nominated it and how to reach them.
    await signInThroughUi(COORDINATOR_MT);
    await page.goto(`${platform.webUrl}/awards/nominations/${nomination.id}`);
    await page.getByText(STATEMENT).waitFor();
    await page.getByText(new RegExp(`^Nominated by ${NOMINATOR}`)).waitFor();
    await page.getByTestId('nominator-email').filter({ hasText: EMAIL }).waitFor();
    // Nobody signed in nominated it: nobody is offered its withdrawal.
    expect(await page.getByRole('button', { name: en.awards.withdraw.open }).count()).toBe(0);

    // A member of the network reads the nomination and the name, never the address.
    const memberPage = await platform.replacePage();
    await signInThroughUi(MEMBER_MT);
    await memberPage.goto(`${platform.webUrl}/awards/nominations/${nomination.id}`);
    await memberPage.getByText(STATEMENT).waitFor();
    await memberPage.getByText(new RegExp(`^Nominated by ${NOMINATOR}`)).waitFor();
    expect(await memberPage.getByTestId('nominator-email').count()).toBe(0);
    expect(await memberPage.getByText(EMAIL).count()).toBe(0);
    expect(await memberPage.getByRole('button', { name: en.awards.withdraw.open }).count()).toBe(0);
  });

  it('offers withdrawal to the member who nominated, not to a member of another country', async () => {
    const edition = await openEdition(2042);
    const initiative = await malteseInitiative(1);
    const page = platform.page;
    await signInThroughUi(MEMBER_MT);
    await page.goto(`${platform.webUrl}/awards/editions/${edition.id}/nominate`);
    await page.getByText(en.awards.nominate.intro).waitFor();
    const form = await fillNomination(page, initiative);
    // Signed in, the member nominates as themselves: no name, email or spam trap to fill in.
    expect(await form.getByLabel(en.awards.nominate.nominatorEmail).count()).toBe(0);
    expect(await form.locator('input[name="homepage"]').count()).toBe(0);
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();
    await page.waitForURL('**/awards/nominations/*');
    const nominationUrl = page.url();
    await page.getByRole('button', { name: en.awards.withdraw.open }).waitFor();

    // An Italian member reads the nomination (the network reads them all) but may not withdraw it.
    const { organizations } = await graphQLAs<{ organizations: { nodes: { id: string }[] } }>(
      platform.adminCookie,
      '{ organizations(countryCode: "IT", first: 1) { nodes { id } } }',
    );
    await graphQLAs(
      platform.adminCookie,
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
      {
        input: {
          email: 'member.it@partner.example',
          displayName: 'Giulia Rossi',
          password: DEMO_PASSWORD,
          role: 'ORGANIZATION_MEMBER',
          organizationId: organizations.nodes[0].id,
        },
      },
    );
    const italianPage = await platform.replacePage();
    await signInThroughUi('member.it@partner.example');
    await italianPage.goto(nominationUrl);
    await italianPage.getByText(STATEMENT).waitFor();
    await italianPage.getByTestId('nomination-status').waitFor();
    expect(await italianPage.getByRole('button', { name: en.awards.withdraw.open }).count()).toBe(0);
  });

  it('tells the public in plain words how long to wait once the country has had its hour’s nominations', async () => {
    // Italy, so the Maltese tests are not held back: the public fills Italy's hourly intake through the API.
    const initiatives = await initiativesOf('IT');
    let refused: unknown;
    for (let year = 2051; refused === undefined && year < 2061; year++) {
      const edition = await openEdition(year, 'IT');
      for (const initiative of initiatives) {
        const { body } = await postGraphQL(
          platform.stack.gatewayUrl,
          'mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id } } }',
          {
            input: {
              editionId: edition.id,
              initiativeId: initiative.id,
              statement: STATEMENT,
              nominatorName: NOMINATOR,
              nominatorEmail: EMAIL,
            },
          },
        );
        if (body.errors) {
          refused = body.errors[0].extensions;
          break;
        }
      }
    }
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });

    const page = platform.page;
    const edition = await openEdition(2061, 'IT');
    await page.goto(`${platform.webUrl}/awards/editions/${edition.id}/nominate`);
    const form = await fillNomination(page, initiatives[0]);
    await form.getByLabel(en.awards.nominate.nominatorName).fill(NOMINATOR);
    await form.getByLabel(en.awards.nominate.nominatorEmail).fill(EMAIL);
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();
    const alert = form.locator('[data-error-code="RATE_LIMITED"]');
    await alert.getByText(en.awards.nominate.rateLimited_other.replace('{{count}}', '60')).waitFor();
    // Said once, in the form's own words, not also as the generic "too many requests".
    expect(await form.getByText(en.errors.RATE_LIMITED).count()).toBe(0);
    expect(await page.getByRole('heading', { name: en.awards.nominate.thanksTitle }).count()).toBe(0);
  });
});
