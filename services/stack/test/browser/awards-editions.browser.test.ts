import { join } from 'node:path';
import { postGraphQL } from '@best/kit/testing';
import en from '@best/web/i18n/en.json';
import type { Page } from 'playwright-core';
import { describeInBrowserOrSkip, SCREENSHOTS, signInOverHttp, usePlatformInBrowser } from './browser-harness';

// The awards pages of the network in a real browser over the whole platform: the board and an
// edition's phase, the nomination form, and screening, the shortlist and withdrawal on a nomination's
// page, each shown to who may use it and kept from who may not. Each test works on its own Maltese
// edition of a year in the future, so they pass in any order.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const COORDINATOR_IT = 'coordinator.it@best.example';
const MEMBER_MT = 'member@best.example';
const JUROR = 'juror@best.example';
const describeInBrowser = describeInBrowserOrSkip();

const STATEMENT =
  'They have met every Thursday evening for two years: neighbours and newcomers cook, eat and plan together.';

describeInBrowser('the awards pages for editions and nominations, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  /** A Maltese edition of `year`, opened for nominations through the API, closing in that year. */
  async function openMalteseEdition(year: number): Promise<{ id: string; title: string }> {
    const { guidelines } = await graphQLAs<{ guidelines: { id: string }[] }>(
      platform.adminCookie,
      '{ guidelines(published: true) { id } }',
    );
    const title = `Malta ${year} (browser test)`;
    const created = await graphQLAs<{ createAwardEdition: { edition: { id: string; version: number } } }>(
      platform.adminCookie,
      `mutation ($input: CreateAwardEditionInput!) { createAwardEdition(input: $input) { edition { id version } } }`,
      {
        input: {
          countryCode: 'MT',
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

  /** The first Maltese initiatives of the demo network. */
  async function malteseInitiatives(): Promise<{ id: string; title: string }[]> {
    const { initiatives } = await graphQLAs<{ initiatives: { nodes: { id: string; title: string }[] } }>(
      platform.adminCookie,
      '{ initiatives(countryCode: "MT", first: 5) { nodes { id title } } }',
    );
    return initiatives.nodes;
  }

  /** Nominates an initiative as the Maltese member, through the API. */
  async function nominateAsMember(editionId: string, initiativeId: string): Promise<string> {
    const member = await signInOverHttp(platform.stack.gatewayUrl, MEMBER_MT);
    const { submitNomination } = await graphQLAs<{ submitNomination: { nomination: { id: string } } }>(
      member.cookie,
      `mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { nomination { id } } }`,
      { input: { editionId, initiativeId, statement: STATEMENT, evidence: ['https://example.org/thursdays'] } },
    );
    return submitNomination.nomination.id;
  }

  const formNamed = (page: Page, name: string) => page.getByRole('form', { name });

  it('lets the Maltese coordinator start an edition on the board and open its nominations with a reason; a member gets neither form', async () => {
    const page = platform.page;
    await signInThroughUi(COORDINATOR_MT);
    await page.getByRole('link', { name: en.nav.awards, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.awards.board.title }).waitFor();
    // One column per phase, the demo's editions in them.
    for (const phase of Object.values(en.enums.AwardEditionPhase)) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${phase}`) }).waitFor();
    }
    await page.getByRole('link', { name: 'B.E.S.T. national award Malta 2017' }).waitFor();

    await page.getByRole('button', { name: en.awards.create.open }).click();
    const create = formNamed(page, en.awards.create.title);
    // A coordinator starts editions of their own country only: no country to choose.
    expect(await create.getByLabel(en.awards.create.country).count()).toBe(0);
    await create.getByLabel(en.awards.create.editionTitle).fill('B.E.S.T. national award Malta 2030');
    await create.getByLabel(en.awards.create.year).fill('2030');
    // Dates out of order: the server names the field.
    await create.getByLabel(en.awards.create.nominationsCloseAt).fill('2030-09-30T22:00');
    await create.getByLabel(en.awards.create.decisionAt).fill('2030-06-30T10:00');
    await create.getByRole('button', { name: en.awards.create.submit }).click();
    await create.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    await create.getByLabel(en.awards.create.nominationsCloseAt).fill('2030-06-30T22:00');
    await create.getByLabel(en.awards.create.decisionAt).fill('2030-09-30T10:00');
    await create.getByRole('button', { name: en.awards.create.submit }).click();

    await page.waitForURL('**/awards/editions/*');
    await page.getByRole('heading', { level: 1, name: 'B.E.S.T. national award Malta 2030' }).waitFor();
    await page.getByTestId('edition-phase').filter({ hasText: en.enums.AwardEditionPhase.DRAFT }).waitFor();
    expect(await page.getByRole('link', { name: en.awards.links.nominate }).count()).toBe(0);

    const move = formNamed(page, en.awards.phase.moveTitle);
    await move.getByLabel(en.awards.phase.moveTo).selectOption('NOMINATIONS_OPEN');
    await move.getByLabel(en.awards.phase.reason).fill('The jury is found; nominations open today.');
    await move.getByRole('button', { name: en.awards.phase.moveSubmit }).click();
    await page.getByTestId('edition-phase').filter({ hasText: en.enums.AwardEditionPhase.NOMINATIONS_OPEN }).waitFor();
    await page
      .locator('.phase-history > li')
      .filter({ hasText: 'The jury is found; nominations open today.' })
      .waitFor();
    // Now open: the coordinator may nominate, and the jury page is theirs to run.
    await page.getByRole('link', { name: en.awards.links.nominate }).waitFor();
    await page.getByRole('link', { name: en.awards.links.jury, exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'award-edition-page.png'), fullPage: true });
    const editionUrl = page.url();

    await platform.replacePage();
    await signInThroughUi(MEMBER_MT);
    await platform.page.goto(`${platform.webUrl}/awards`);
    await platform.page.getByRole('heading', { level: 1, name: en.awards.board.title }).waitFor();
    await platform.page.getByRole('link', { name: 'B.E.S.T. national award Malta 2030' }).waitFor();
    expect(await platform.page.getByRole('button', { name: en.awards.create.open }).count()).toBe(0);
    await platform.page.goto(editionUrl);
    await platform.page.getByRole('link', { name: en.awards.links.nominate }).waitFor();
    expect(await formNamed(platform.page, en.awards.phase.moveTitle).count()).toBe(0);
    expect(await platform.page.getByRole('link', { name: en.awards.links.jury, exact: true }).count()).toBe(0);
  });

  it('takes a nomination from a Maltese member, who may withdraw it but not screen it; withdrawn, it leaves the edition’s list', async () => {
    const edition = await openMalteseEdition(2031);
    const [initiative] = await malteseInitiatives();
    const page = platform.page;
    await signInThroughUi(MEMBER_MT);
    await page.goto(`${platform.webUrl}/awards/editions/${edition.id}`);
    await page.getByRole('link', { name: en.awards.links.nominate }).click();
    await page.waitForURL(`**/awards/editions/${edition.id}/nominate`);
    const form = formNamed(page, en.awards.nominate.title);
    await form.getByLabel(en.awards.nominate.search).fill(initiative.title);
    await form
      .getByRole('button', { name: new RegExp(`^${initiative.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first()
      .click();
    await form.getByTestId('chosen-initiative').filter({ hasText: initiative.title }).waitFor();
    // Too short a statement: the server's sentence stands under the field.
    await form.getByLabel(en.awards.nominate.statement).fill('Good people.');
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await form.getByLabel(en.awards.nominate.statement).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(en.awards.nominate.statement).fill(STATEMENT);
    await form.getByLabel(en.awards.nominate.evidence).fill('https://example.org/thursdays\nA letter from the parish');
    await form.getByRole('button', { name: en.awards.nominate.submit }).click();

    await page.waitForURL('**/awards/nominations/*');
    await page.getByTestId('nomination-status').filter({ hasText: en.enums.NominationStatus.SUBMITTED }).waitFor();
    await page.getByText(STATEMENT).waitFor();
    await page.getByRole('link', { name: 'https://example.org/thursdays' }).waitFor();
    await page.getByText('A letter from the parish').waitFor();
    // A member does not screen or shortlist.
    expect(await formNamed(page, en.awards.eligibility.screenTitle).count()).toBe(0);
    expect(await formNamed(page, en.awards.shortlist.title).count()).toBe(0);

    await page.getByRole('button', { name: en.awards.withdraw.open }).click();
    const withdraw = formNamed(page, en.awards.withdraw.title);
    await withdraw.getByLabel(en.awards.withdraw.reason).fill('The organisers would rather wait a year.');
    await withdraw.getByRole('button', { name: en.awards.withdraw.submit, exact: true }).click();
    await page.getByTestId('nomination-status').filter({ hasText: en.enums.NominationStatus.WITHDRAWN }).waitFor();
    await page.getByText('The organisers would rather wait a year.').waitFor();

    await page.getByRole('link', { name: en.awards.nomination.backToEdition }).click();
    await page.getByRole('heading', { level: 1, name: edition.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${en.awards.nominations.title}`) }).waitFor();
    await page.getByText(en.awards.nominations.empty).waitFor();
  });

  it('lets the Maltese coordinator screen a nomination rule by rule and shortlist it; the Italian coordinator and a juror of another edition cannot', async () => {
    const edition = await openMalteseEdition(2032);
    const [, initiative] = await malteseInitiatives();
    const nominationId = await nominateAsMember(edition.id, initiative.id);
    const page = platform.page;
    await signInThroughUi(COORDINATOR_MT);
    await page.goto(`${platform.webUrl}/awards/nominations/${nominationId}`);
    await page.getByTestId('nomination-eligibility').filter({ hasText: en.enums.Eligibility.UNCHECKED }).waitFor();

    const screen = formNamed(page, en.awards.eligibility.screenTitle);
    const rules = screen.getByRole('group');
    const count = await rules.count();
    // Version 1's eight rules: the four intake traits and the award-only ones.
    expect(count).toBe(8);
    // Rule 6 (six months running) not met and no reason: the server asks for one under the reason.
    for (let index = 0; index < count; index++) {
      await rules
        .nth(index)
        .getByLabel(index === 5 ? en.awards.eligibility.notMet : en.awards.eligibility.met, { exact: true })
        .check();
    }
    await screen.getByRole('button', { name: en.awards.eligibility.screenSubmit }).click();
    await screen.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await screen.getByLabel(en.awards.eligibility.reason).getAttribute('aria-invalid')).toBe('true');
    await screen.getByLabel(en.awards.eligibility.reason).fill('Started four months before nominations close.');
    await screen.getByRole('button', { name: en.awards.eligibility.screenSubmit }).click();
    await page.getByTestId('nomination-eligibility').filter({ hasText: en.enums.Eligibility.INELIGIBLE }).waitFor();
    await page
      .getByRole('list', { name: en.awards.eligibility.checks })
      .getByText(en.awards.eligibility.notMet, { exact: true })
      .waitFor();
    // Not eligible: nothing to shortlist yet. Screened again, every rule met: eligible.
    expect(await formNamed(page, en.awards.shortlist.title).count()).toBe(0);
    const again = formNamed(page, en.awards.eligibility.screenTitle);
    await again.getByRole('group').nth(5).getByLabel(en.awards.eligibility.met, { exact: true }).check();
    await again.getByLabel(en.awards.eligibility.reason).fill('');
    await again.getByRole('button', { name: en.awards.eligibility.screenSubmit }).click();
    await page.getByTestId('nomination-eligibility').filter({ hasText: en.enums.Eligibility.ELIGIBLE }).waitFor();

    await formNamed(page, en.awards.shortlist.title).getByRole('button', { name: en.awards.shortlist.add }).click();
    await page.getByTestId('nomination-status').filter({ hasText: en.enums.NominationStatus.SHORTLISTED }).waitFor();
    // Shortlisted: no more screening, and the shortlist can be undone.
    await formNamed(page, en.awards.shortlist.title)
      .getByRole('button', { name: en.awards.shortlist.remove })
      .waitFor();
    expect(await formNamed(page, en.awards.eligibility.screenTitle).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'nomination-page.png'), fullPage: true });

    const after = await graphQLAs<{
      nomination: { status: string; eligibilityChecks: { rule: string; met: boolean }[] };
    }>(platform.adminCookie, 'query ($id: ID!) { nomination(id: $id) { status eligibilityChecks { rule met } } }', {
      id: nominationId,
    });
    expect(after.nomination.status).toBe('SHORTLISTED');
    // Answered by rule key, in the guideline's order.
    expect(after.nomination.eligibilityChecks).toHaveLength(8);
    expect(after.nomination.eligibilityChecks[5]).toEqual({ rule: 'running-six-months', met: true });
    expect(after.nomination.eligibilityChecks.every((c) => c.met)).toBe(true);

    // Another country's coordinator reads the nomination but is offered nothing to change.
    await platform.replacePage();
    await signInThroughUi(COORDINATOR_IT);
    await platform.page.goto(`${platform.webUrl}/awards/nominations/${nominationId}`);
    await platform.page.getByTestId('nomination-status').waitFor();
    expect(await formNamed(platform.page, en.awards.shortlist.title).count()).toBe(0);
    expect(await formNamed(platform.page, en.awards.eligibility.screenTitle).count()).toBe(0);

    // A juror of another edition does not see it at all.
    await platform.replacePage();
    await signInThroughUi(JUROR);
    await platform.page.goto(`${platform.webUrl}/awards/nominations/${nominationId}`);
    await platform.page.getByText(en.awards.nomination.notFound).waitFor();
    const anonymous = await postGraphQL<{ nomination: unknown }>(
      platform.stack.gatewayUrl,
      'query ($id: ID!) { nomination(id: $id) { id } }',
      { id: nominationId },
    );
    expect(anonymous.body.data?.nomination).toBeNull();
  });
});
