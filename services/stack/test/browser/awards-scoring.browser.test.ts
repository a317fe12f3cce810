import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import type { Page, Response } from 'playwright-core';
import { describeInBrowserOrSkip, SCREENSHOTS, signInOverHttp, usePlatformInBrowser } from './browser-harness';

// The juror's work in a real browser over the whole platform: the list of nominations to score, one
// nomination scored criterion by criterion with autosave (and a save from another tab), submitting,
// a declared conflict, and blind scoring. The demo juror sits on the Maltese 2017 jury (judging).

const JUROR = 'juror@best.example';
const COORDINATOR_MT = 'coordinator.mt@best.example';
const MALTA = 'B.E.S.T. national award Malta 2017';
const FRANCE = 'B.E.S.T. national award France 2017';
const describeInBrowser = describeInBrowserOrSkip();

interface Criterion {
  key: string;
  name: string;
  scale: { score: number; descriptor: string }[];
}
interface Edition {
  id: string;
  guideline: { criteria: Criterion[] };
  nominations: { nodes: { id: string; status: string; initiative: { title: string } }[] };
}

const SCORECARD = `query ($id: ID!) { nomination(id: $id) { myScorecard { version status scores { criterion score comment } } } }`;
const SAVE_SCORES = `mutation ($input: SaveScoresInput!) { saveScores(input: $input) { scorecard { version } } }`;

describeInBrowser('the juror’s scoring pages, in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  /** The 2017 edition of a country as the admin reads it: its criteria and its scoreable nominations. */
  async function edition2017(countryCode: string): Promise<Edition> {
    const { awardEditions } = await graphQLAs<{ awardEditions: { nodes: Edition[] } }>(
      platform.adminCookie,
      `query ($country: ID!) { awardEditions(countryCode: $country, year: 2017, first: 1) { nodes {
        id guideline { criteria { key name scale { score descriptor } } }
        nominations(first: 100) { nodes { id status initiative { title } } } } } }`,
      { country: countryCode },
    );
    const found = awardEditions.nodes[0];
    const scoreable = found.nominations.nodes.filter((n) => n.status === 'ELIGIBLE' || n.status === 'SHORTLISTED');
    return { ...found, nominations: { nodes: scoreable } };
  }

  const levels = (page: Page, criterion: Criterion) =>
    page.getByRole('radiogroup', { name: en.awards.scoring.levelsOf.replace('{{name}}', criterion.name) });
  const commentBox = (page: Page, criterion: Criterion) =>
    page.getByLabel(en.awards.scoring.comment.replace('{{name}}', criterion.name));
  const saveState = (page: Page, state: string) => page.locator(`[data-save-state="${state}"]`);

  it('lets the juror score a nomination with autosave, keep their own scores over another tab’s or take that tab’s instead, and submit once complete', async () => {
    const malta = await edition2017('MT');
    const [criterion, second] = malta.guideline.criteria;
    const nomination = malta.nominations.nodes[0];
    const juror = await signInOverHttp(platform.stack.gatewayUrl, JUROR);
    const page = platform.page;
    await signInThroughUi(JUROR);

    await page.getByRole('link', { name: en.nav.scoring, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.awards.scoring.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: MALTA }).waitFor();
    // Only the edition the juror sits on: France is judging too, with another jury.
    expect(await page.getByRole('heading', { level: 2, name: FRANCE }).count()).toBe(0);
    await page.getByRole('link', { name: `Score ${nomination.initiative.title}` }).click();
    await page.waitForURL(`**/awards/editions/${malta.id}/score/${nomination.id}`);
    await page.getByRole('heading', { level: 1, name: `Scoring: ${nomination.initiative.title}` }).waitFor();
    // Every level of every criterion with what it means.
    for (const c of malta.guideline.criteria) {
      for (const level of c.scale) await levels(page, c).getByText(level.descriptor, { exact: false }).waitFor();
    }

    await levels(page, criterion).getByRole('radio').nth(2).check();
    await commentBox(page, criterion).fill('A room of their own at the parish hall, every week.');
    await saveState(page, 'saved').waitFor();
    const first = await graphQLAs<{ nomination: { myScorecard: { version: number; scores: unknown[] } } }>(
      juror.cookie,
      SCORECARD,
      { id: nomination.id },
    );
    expect(first.nomination.myScorecard.scores).toEqual([
      {
        criterion: criterion.key,
        score: criterion.scale[2].score,
        comment: 'A room of their own at the parish hall, every week.',
      },
    ]);

    // Another tab saves first: this one's next save is refused, and what was typed stays on screen.
    await graphQLAs(juror.cookie, SAVE_SCORES, {
      input: {
        nominationId: nomination.id,
        expectedVersion: first.nomination.myScorecard.version,
        scores: [{ criterion: criterion.key, score: criterion.scale[0].score, comment: 'Typed in the other tab.' }],
      },
    });
    await commentBox(page, criterion).fill('A room of their own at the parish hall, every Thursday.');
    await page.locator('[data-error-code="CONFLICT"]').getByText(en.awards.scoring.savedElsewhere).waitFor();
    expect(await commentBox(page, criterion).inputValue()).toBe(
      'A room of their own at the parish hall, every Thursday.',
    );
    await page.getByRole('button', { name: en.awards.scoring.keepMine }).click();
    await saveState(page, 'saved').waitFor();
    const kept = await graphQLAs<{ nomination: { myScorecard: { scores: { score: number; comment: string }[] } } }>(
      juror.cookie,
      SCORECARD,
      { id: nomination.id },
    );
    expect(kept.nomination.myScorecard.scores).toEqual([
      expect.objectContaining({
        score: criterion.scale[2].score,
        comment: 'A room of their own at the parish hall, every Thursday.',
      }),
    ]);

    // Again, and this time the juror takes the other tab's scorecard: the screen starts over from it.
    const again = await graphQLAs<{ nomination: { myScorecard: { version: number } } }>(juror.cookie, SCORECARD, {
      id: nomination.id,
    });
    await graphQLAs(juror.cookie, SAVE_SCORES, {
      input: {
        nominationId: nomination.id,
        expectedVersion: again.nomination.myScorecard.version,
        scores: [{ criterion: criterion.key, score: criterion.scale[2].score, comment: 'Kept from the other tab.' }],
      },
    });
    await commentBox(page, criterion).fill('This one will give way.');
    await page.getByRole('button', { name: en.awards.scoring.loadSaved }).click();
    await page.locator('[data-save-state="unchanged"]').waitFor();
    expect(await commentBox(page, criterion).inputValue()).toBe('Kept from the other tab.');

    // Incomplete: the screen names what is missing instead of sending it.
    await page.getByRole('button', { name: en.awards.scoring.submit }).click();
    await page
      .getByText(en.awards.scoring.incomplete_other.replace('{{count}}', String(malta.guideline.criteria.length - 1)))
      .waitFor();
    await page.reload();
    // What was saved comes back after a reload.
    expect(await levels(page, criterion).getByRole('radio').nth(2).isChecked()).toBe(true);
    expect(await levels(page, second).getByRole('radio').nth(0).isChecked()).toBe(false);
    for (const c of malta.guideline.criteria.slice(1)) {
      await levels(page, c).getByRole('radio').nth(3).check();
      await commentBox(page, c).fill(`Seen at the visit: ${c.name.toLowerCase()}.`);
    }
    await saveState(page, 'saved').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'award-scoring.png'), fullPage: true });
    await page.getByRole('button', { name: en.awards.scoring.submit }).click();
    await page.getByText(/^Submitted on .*; it can no longer change\.$/).waitFor();
    expect(await levels(page, criterion).getByRole('radio').nth(2).isDisabled()).toBe(true);
    const submitted = await graphQLAs<{ nomination: { myScorecard: { status: string; scores: unknown[] } } }>(
      juror.cookie,
      SCORECARD,
      { id: nomination.id },
    );
    expect(submitted.nomination.myScorecard.status).toBe('SUBMITTED');
    expect(submitted.nomination.myScorecard.scores).toHaveLength(malta.guideline.criteria.length);

    // The next nomination is one click away; the list says this one is submitted.
    await page.getByRole('link', { name: en.awards.scoring.next }).click();
    await page.waitForURL(`**/score/${malta.nominations.nodes[1].id}`);
    await page.getByRole('link', { name: en.awards.scoring.backToList }).click();
    await page
      .getByRole('row', { name: new RegExp(nomination.initiative.title) })
      .getByText(en.awards.scoring.progress.SUBMITTED)
      .waitFor();
  });

  it('takes a nomination off the juror’s list once they declare a conflict with it, and gives it back when they withdraw the declaration', async () => {
    const malta = await edition2017('MT');
    const nomination = malta.nominations.nodes[1];
    const page = platform.page;
    await signInThroughUi(JUROR);
    await page.goto(`${platform.webUrl}/awards/editions/${malta.id}/score/${nomination.id}`);
    await page.getByRole('button', { name: en.awards.scoring.declareConflict }).click();
    const form = page.getByRole('form', { name: en.awards.scoring.declareConflict });
    await form
      .getByLabel(en.awards.scoring.conflictReason)
      .fill('I sit on the board of the organisation that runs it.');
    await form.getByRole('button', { name: en.awards.scoring.declareSubmit }).click();

    await page.waitForURL('**/awards/scoring');
    await page.getByText('I sit on the board of the organisation that runs it.').waitFor();
    await page.getByRole('heading', { name: 'You have 1 conflict of interest' }).waitFor();
    expect(await page.getByRole('link', { name: `Score ${nomination.initiative.title}` }).count()).toBe(0);
    // Not by its address either.
    await page.goto(`${platform.webUrl}/awards/editions/${malta.id}/score/${nomination.id}`);
    await page.getByText(en.awards.scoring.nominationNotFound).waitFor();

    await page.getByRole('link', { name: en.awards.scoring.backToList }).click();
    await page.getByRole('button', { name: en.awards.scoring.withdrawConflict }).click();
    await page.getByRole('link', { name: `Score ${nomination.initiative.title}` }).waitFor();
    expect(await page.getByText('I sit on the board of the organisation that runs it.').count()).toBe(0);
  });

  it('never shows a juror another juror’s scores, and keeps the scoring screen from whoever is not on the jury', async () => {
    const france = await edition2017('FR');
    const juror = await signInOverHttp(platform.stack.gatewayUrl, JUROR);
    const { me } = await graphQLAs<{ me: { id: string } }>(juror.cookie, '{ me { id } }');
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { juryMember { id } } }`,
      { input: { editionId: france.id, jurorAccountId: me.id, displayName: 'Demo Juror' } },
    );
    // The French jurors scored this nomination (the demo's cards); their comments open with these words.
    const othersWrote = [
      'On the evidence given',
      'Not shown convincingly',
      'Only partly',
      'A real strength',
      'Clearly,',
      'Impressive',
      'From the statement and the visit',
      'As far as we could see',
      'On balance',
    ];
    const nomination = france.nominations.nodes[1];
    const page = platform.page;
    const bodies: Promise<string>[] = [];
    page.on('response', (response: Response) => {
      if (response.url().endsWith('/graphql')) bodies.push(response.text().catch(() => ''));
    });
    await signInThroughUi(JUROR);
    await page.goto(`${platform.webUrl}/awards/editions/${france.id}/score/${nomination.id}`);
    await page.getByRole('heading', { level: 1, name: `Scoring: ${nomination.initiative.title}` }).waitFor();
    await page.locator('[data-save-state="unchanged"]').waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    const seen = [await page.locator('main').innerText(), ...(await Promise.all(bodies))].join('\n');
    for (const words of othersWrote) expect(seen).not.toContain(words);

    // The Maltese coordinator runs that jury but does not sit on it.
    const malta = await edition2017('MT');
    await platform.replacePage();
    await signInThroughUi(COORDINATOR_MT);
    await platform.page.goto(`${platform.webUrl}/awards/editions/${malta.id}/score/${malta.nominations.nodes[0].id}`);
    await platform.page.getByText(en.awards.scoring.jurorsOnly).waitFor();
    expect(await platform.page.getByRole('radio').count()).toBe(0);
    expect(await platform.page.getByRole('link', { name: en.nav.scoring }).count()).toBe(0);
  });
});
