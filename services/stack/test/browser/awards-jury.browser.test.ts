import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import { describeInBrowserOrSkip, SCREENSHOTS, signInOverHttp, usePlatformInBrowser } from './browser-harness';

// The organisers' side of judging in a real browser over the whole platform: the jury page (assign,
// remove, conflicts, progress) and the results with the decision, each shown to who may use it and
// kept from who may not. The demo's French 2017 edition is judging with three jurors, a declared
// conflict, a draft (one missing scorecard) and a tie.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const COORDINATOR_IT = 'coordinator.it@best.example';
const MEMBER_MT = 'member@best.example';
const JUROR = 'juror@best.example';
const VIEWER = 'viewer@best.example';
const describeInBrowser = describeInBrowserOrSkip();

describeInBrowser('the jury and results pages, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  async function editionId(countryCode: string): Promise<{ id: string; version: number }> {
    const { awardEditions } = await graphQLAs<{ awardEditions: { nodes: { id: string; version: number }[] } }>(
      platform.adminCookie,
      `query ($country: ID!) { awardEditions(countryCode: $country, year: 2017, first: 1) { nodes { id version } } }`,
      { country: countryCode },
    );
    return awardEditions.nodes[0];
  }

  it('lets the Maltese coordinator put an account on the jury by its id and take it off again; the Italian coordinator, a member and a juror are refused', async () => {
    const malta = await editionId('MT');
    const viewer = await signInOverHttp(platform.stack.gatewayUrl, VIEWER);
    const { me } = await graphQLAs<{ me: { id: string } }>(viewer.cookie, '{ me { id } }');
    const page = platform.page;
    await signInThroughUi(COORDINATOR_MT);
    await page.goto(`${platform.webUrl}/awards/editions/${malta.id}/jury`);
    await page.getByRole('heading', { level: 1, name: 'Jury: B.E.S.T. national award Malta 2017' }).waitFor();
    const jurors = page.locator('section', {
      has: page.getByRole('heading', { name: new RegExp(`^${en.awards.jury.members}`) }),
    });
    await jurors.getByText('Demo Juror').waitFor();
    // Progress in counts: the demo juror has three nominations to score and has opened none.
    const progress = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: en.awards.jury.toScore }) });
    await progress.getByRole('row', { name: /Demo Juror\s+3\s+0\s+0\s+3\s+0/ }).waitFor();

    await page.getByRole('button', { name: en.awards.jury.assign }).click();
    const form = page.getByRole('form', { name: en.awards.jury.assign });
    // A coordinator reads no juror account (they have no country): the account is given by its id.
    await form.getByLabel(en.awards.jury.account, { exact: true }).selectOption('by-id');
    await form.getByLabel(en.awards.jury.accountId).fill('not-an-id');
    await form.getByLabel(en.awards.jury.displayName).fill('Maria Borg');
    await form.getByRole('button', { name: en.awards.jury.assignSubmit }).click();
    await form.getByText(en.awards.jury.accountIdInvalid).waitFor();
    await form.getByLabel(en.awards.jury.accountId).fill(me.id);
    await form.getByRole('button', { name: en.awards.jury.assignSubmit }).click();
    await jurors.getByText('Maria Borg').waitFor();
    // Twice is refused, with the server's reason.
    await page.getByRole('button', { name: en.awards.jury.assign }).click();
    await form.getByLabel(en.awards.jury.accountId).fill(me.id);
    await form.getByLabel(en.awards.jury.displayName).fill('Maria Borg');
    await form.getByRole('button', { name: en.awards.jury.assignSubmit }).click();
    await form.getByText(/is already on the jury/).waitFor();
    await form.getByRole('button', { name: en.forms.cancel }).click();
    await progress.getByRole('row', { name: /Maria Borg/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'award-jury.png'), fullPage: true });

    await page.getByRole('button', { name: 'Remove Maria Borg from the jury' }).click();
    await progress.getByRole('row', { name: /Maria Borg/ }).waitFor({ state: 'detached' });
    expect(await jurors.getByText('Maria Borg').count()).toBe(0);
    const { awardEdition } = await graphQLAs<{ awardEdition: { jury: { displayName: string }[] } }>(
      platform.adminCookie,
      'query ($id: ID!) { awardEdition(id: $id) { jury { displayName } } }',
      { id: malta.id },
    );
    expect(awardEdition.jury.map((j) => j.displayName)).not.toContain('Maria Borg');

    for (const who of [COORDINATOR_IT, MEMBER_MT, JUROR]) {
      await platform.replacePage();
      await signInThroughUi(who);
      await platform.page.goto(`${platform.webUrl}/awards/editions/${malta.id}/jury`);
      await platform.page.getByText(en.awards.jury.organisersOnly).waitFor();
      expect(await platform.page.getByRole('button', { name: en.awards.jury.assign }).count()).toBe(0);
      expect(await platform.page.locator('main').getByText('Demo Juror').count()).toBe(0);
    }
  });

  it('shows the admin both French rankings side by side with the tie, the missing scorecard and the declared conflict, and records the decision; the public sees only the announced outcomes', async () => {
    const france = await editionId('FR');
    const page = platform.page;

    // Before the decision, nobody but the organisers reads a ranking.
    await page.goto(`${platform.webUrl}/awards/editions/${france.id}/results`);
    await page.getByText(en.awards.results.notAnnounced).waitFor();
    await signInThroughUi(JUROR);
    await page.goto(`${platform.webUrl}/awards/editions/${france.id}/results`);
    await page.getByText(en.awards.results.notAnnounced).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await platform.replacePage();
    await signInThroughUi('admin@best.example');
    await platform.page.goto(`${platform.webUrl}/awards/editions/${france.id}/jury`);
    await platform.page
      .getByText('I volunteered with this initiative in 2016 and still know its organisers well.')
      .waitFor();
    await platform.page.getByText(en.enums.ConflictKind.DECLARED).first().waitFor();
    await platform.page.getByRole('link', { name: en.awards.jury.resultsLink }).click();

    const results = platform.page;
    await results.getByRole('heading', { level: 1, name: 'Results: B.E.S.T. national award France 2017' }).waitFor();
    await results.getByText(en.awards.results.normalisedExplained).waitFor();
    await results.getByText(en.awards.results.tieRule).waitFor();
    const normalised = results.getByRole('table', { name: en.awards.results.normalisedRanking });
    const raw = results.getByRole('table', { name: en.awards.results.rawRanking });
    // Five scored nominations in each ranking; the third and fourth tie in both.
    expect(await normalised.locator('tbody tr').count()).toBe(5);
    expect(await raw.locator('tbody tr').count()).toBe(5);
    expect(await normalised.getByText(en.awards.results.tied, { exact: true }).count()).toBe(2);
    expect(await raw.getByText(en.awards.results.tied, { exact: true }).count()).toBe(2);
    // The middling juror's draft: one scorecard missing, flagged on its row and above the tables.
    await results.getByText(en.awards.results.missingTotal_one.replace('{{count}}', '1')).waitFor();
    expect(await normalised.getByText('1 missing', { exact: true }).count()).toBe(1);
    // The lenient juror's conflict puts the first nomination second raw, first normalised.
    const topNormalised = (await normalised.locator('tbody tr').first().getByRole('rowheader').innerText()).trim();
    const topRaw = (await raw.locator('tbody tr').first().getByRole('rowheader').innerText()).trim();
    expect(topNormalised).not.toBe(topRaw);
    await results.getByText(en.awards.results.moved_other.replace('{{count}}', '2')).waitFor();
    await results.screenshot({ path: join(SCREENSHOTS, 'award-results.png'), fullPage: true });

    const titles = await normalised.locator('tbody tr').getByRole('rowheader').allInnerTexts();
    const decision = results.getByRole('form', { name: en.awards.results.decision });
    // No winner chosen: the form says so and sends nothing.
    await decision.getByLabel(en.awards.results.reason).fill('The jury followed the normalised ranking.');
    await decision.getByRole('button', { name: en.awards.results.recordDecision }).click();
    await decision.getByText(en.awards.results.needsWinner).waitFor();
    await decision.getByLabel(titles[0].trim()).selectOption('WINNER');
    await decision.getByLabel(titles[1].trim()).selectOption('FINALIST');
    await decision.getByLabel(titles[4].trim()).selectOption('SPECIAL_MENTION');
    await decision.getByRole('button', { name: en.awards.results.recordDecision }).click();
    await results.getByRole('heading', { name: en.awards.results.decided }).waitFor();
    await results.getByText('The jury followed the normalised ranking.').waitFor();
    await normalised.locator('tbody tr').first().getByText(en.enums.AwardOutcome.WINNER).waitFor();
    expect(await results.getByRole('form', { name: en.awards.results.decision }).count()).toBe(0);

    const decided = await editionId('FR');
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: MoveAwardEditionPhaseInput!) { moveAwardEditionPhase(input: $input) { edition { id } } }`,
      {
        input: {
          id: france.id,
          expectedVersion: decided.version,
          to: 'ANNOUNCED',
          reason: 'Announced at the ceremony.',
        },
      },
    );
    await platform.replacePage();
    const publicPage = platform.page;
    await publicPage.goto(`${platform.webUrl}/awards/editions/${france.id}/results`);
    await publicPage.getByText('The jury followed the normalised ranking.').waitFor();
    const announced = publicPage.locator('.announced-results > li');
    await announced.filter({ hasText: titles[0].trim() }).getByText(en.enums.AwardOutcome.WINNER).waitFor();
    await announced.filter({ hasText: titles[1].trim() }).getByText(en.enums.AwardOutcome.FINALIST).waitFor();
    await announced.filter({ hasText: titles[4].trim() }).getByText(en.enums.AwardOutcome.SPECIAL_MENTION).waitFor();
    expect(await announced.count()).toBe(3);
    // No score, no table of scores for the public.
    expect(await publicPage.getByRole('table').count()).toBe(0);
    expect(await publicPage.getByText(en.awards.results.rawScore).count()).toBe(0);
  });
});
