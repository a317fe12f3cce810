import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import type { Locator } from 'playwright-core';
import { describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';

// The European guidelines in a real browser over the whole platform: an admin drafts a criteria set,
// publishes it, starts the next version, changes it and reads the difference; a coordinator reads
// published versions only and is offered no editor. Each test uses its own criteria set.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const describeInBrowser = describeInBrowserOrSkip();

const DEMO_TITLE = 'European guidelines for best practices of community building with forced migrants';

/** Fills one criterion of the draft editor. */
async function fillCriterion(
  criterion: Locator,
  fields: { name: string; key: string; weight: string; levels: string[] },
) {
  await criterion.getByLabel(en.awards.guidelineEditor.name, { exact: true }).fill(fields.name);
  await criterion.getByLabel(en.awards.guidelineEditor.key, { exact: true }).fill(fields.key);
  await criterion.getByLabel(en.awards.guidelineEditor.weight, { exact: true }).fill(fields.weight);
  for (const [score, descriptor] of fields.levels.entries()) {
    await criterion.getByLabel(en.awards.guidelineEditor.level.replace('{{score}}', String(score))).fill(descriptor);
  }
}

describeInBrowser('the guideline pages in a browser', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  /** Adds eligibility rule `number` to the editor's form and fills it in. */
  async function fillRule(form: Locator, number: number, key: string, text: string, atIntake = false) {
    await form.getByRole('button', { name: en.awards.guidelineEditor.addRule }).click();
    const rule = form.getByRole('group', { name: `Rule ${number}` });
    await rule.getByLabel(en.awards.guidelineEditor.ruleText, { exact: true }).fill(text);
    await rule.getByLabel(en.awards.guidelineEditor.key, { exact: true }).fill(key);
    if (atIntake) await rule.getByRole('checkbox', { name: en.awards.guidelineEditor.ruleAtIntake }).check();
  }

  it('lets an admin draft a criteria set, publish it, start version 2, change it and read what changed', async () => {
    const page = platform.page;
    const key = `browser-set-${Date.now()}`;
    await signInThroughUi('admin@best.example');
    await page.goto(`${platform.webUrl}/awards`);
    await page.getByRole('link', { name: en.awards.board.guidelinesLink }).click();
    await page.getByRole('heading', { level: 1, name: en.awards.guidelines.title }).waitFor();
    await page.getByRole('link', { name: en.awards.guidelines.new }).click();

    const form = page.getByRole('form', { name: en.awards.guidelineEditor.createTitle });
    await form.getByLabel(en.awards.guidelineEditor.setKey).fill(key);
    await form.getByLabel(en.awards.guidelineEditor.title, { exact: true }).fill('Neighbourhood meals');
    await fillRule(form, 1, 'in-country', 'Runs in the country.');
    await fillRule(form, 2, 'not-for-profit', 'Not for profit.');
    const criterion = form.getByRole('group', { name: 'Criterion 1' });
    // A key with spaces and capitals: the server names the criterion's key.
    await fillCriterion(criterion, {
      name: 'Shared meals',
      key: 'Shared Meals',
      weight: '2',
      levels: ['Never', 'Sometimes', 'Every week'],
    });
    await form.getByRole('button', { name: en.awards.guidelineEditor.create }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    const keyField = criterion.getByLabel(en.awards.guidelineEditor.key, { exact: true });
    expect(await keyField.getAttribute('aria-invalid')).toBe('true');
    await keyField.fill('shared-meals');
    await form.getByRole('button', { name: en.awards.guidelineEditor.create }).click();

    await page.getByRole('heading', { level: 1, name: 'Neighbourhood meals, version 1' }).waitFor();
    await page.getByTestId('guideline-state').filter({ hasText: en.awards.guidelines.draft }).waitFor();
    await page
      .getByRole('table', { name: 'What each score of “Shared meals” means' })
      .getByText('Every week')
      .waitFor();

    await page
      .getByRole('form', { name: en.awards.guideline.publishTitle })
      .getByRole('button', { name: en.awards.guideline.publish })
      .click();
    await page
      .getByTestId('guideline-state')
      .filter({ hasText: /published on/ })
      .waitFor();
    // Published: no editor any more; the next version starts from it.
    expect(await page.getByRole('link', { name: en.awards.guideline.edit }).count()).toBe(0);
    await page
      .getByRole('form', { name: en.awards.guideline.startTitle })
      .getByRole('button', { name: en.awards.guideline.start })
      .click();

    const revise = page.getByRole('form', { name: en.awards.guidelineEditor.reviseTitle });
    const copied = revise.getByRole('group', { name: 'Criterion 1' });
    // A copy of version 1 to change.
    expect(await copied.getByLabel(en.awards.guidelineEditor.name, { exact: true }).inputValue()).toBe('Shared meals');
    await copied.getByLabel(en.awards.guidelineEditor.weight, { exact: true }).fill('3');
    await copied.getByLabel('What a score of 2 means').fill('Every week, cooked together');
    // The copy keeps the rules with their keys; a new one is checked at intake too.
    expect(
      await revise
        .getByRole('group', { name: 'Rule 2' })
        .getByLabel(en.awards.guidelineEditor.key, { exact: true })
        .inputValue(),
    ).toBe('not-for-profit');
    await fillRule(revise, 3, 'locals-take-part', 'Locals take part.', true);
    await revise.getByRole('button', { name: en.awards.guidelineEditor.save }).click();

    await page.getByRole('heading', { level: 1, name: 'Neighbourhood meals, version 2' }).waitFor();
    await page.getByRole('table').getByText('Every week, cooked together').waitFor();
    await page.getByRole('link', { name: en.awards.guideline.compareWithPrevious.replace('{{version}}', '1') }).click();

    await page.getByRole('heading', { level: 1, name: /^From Neighbourhood meals, version 1 to/ }).waitFor();
    const changed = page.getByRole('region', { name: new RegExp(`^${en.awards.difference.criteriaChanged}`) });
    await changed.getByText('Changed: weight, scale').waitFor();
    await changed.locator('del').filter({ hasText: 'Every week' }).first().waitFor();
    await changed.locator('ins').filter({ hasText: 'Every week, cooked together' }).waitFor();
    const rules = page.getByRole('region', { name: new RegExp(`^${en.awards.difference.rules}`) });
    await rules.locator('ins').filter({ hasText: 'Locals take part.' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'guideline-difference.png'), fullPage: true });

    const { guidelines } = await graphQLAs<{ guidelines: { version: number; publishedAt: string | null }[] }>(
      platform.adminCookie,
      'query ($key: String) { guidelines(key: $key) { version publishedAt } }',
      { key },
    );
    expect(guidelines.map((g) => [g.version, g.publishedAt !== null])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('shows a coordinator the published versions with their criteria and scales, and no editor; drafts stay hidden', async () => {
    const { createGuidelineDraft } = await graphQLAs<{ createGuidelineDraft: { guideline: { id: string } } }>(
      platform.adminCookie,
      `mutation ($input: CreateGuidelineDraftInput!) { createGuidelineDraft(input: $input) { guideline { id } } }`,
      {
        input: {
          key: `hidden-draft-${Date.now()}`,
          title: 'A draft nobody else sees',
          criteria: [
            {
              key: 'one',
              name: 'One',
              weight: 1,
              scale: [
                { score: 0, descriptor: 'No' },
                { score: 1, descriptor: 'Yes' },
              ],
            },
          ],
        },
      },
    );
    const page = platform.page;
    await signInThroughUi(COORDINATOR_MT);
    await page.goto(`${platform.webUrl}/awards/guidelines`);
    await page.getByRole('heading', { level: 1, name: en.awards.guidelines.title }).waitFor();
    expect(await page.getByRole('link', { name: en.awards.guidelines.new }).count()).toBe(0);
    expect(await page.getByText('A draft nobody else sees').count()).toBe(0);
    await page.getByRole('link', { name: `${DEMO_TITLE}, version 1` }).click();
    await page.getByRole('heading', { level: 2, name: en.awards.guideline.eligibilityRules }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${en.awards.guideline.criteria}`) }).waitFor();
    expect(await page.getByRole('table').count()).toBeGreaterThan(1);
    expect(await page.getByRole('form', { name: en.awards.guideline.startTitle }).count()).toBe(0);
    expect(await page.getByRole('form', { name: en.awards.guideline.publishTitle }).count()).toBe(0);

    await page.goto(`${platform.webUrl}/awards/guidelines/${createGuidelineDraft.guideline.id}`);
    await page.getByText(en.awards.guideline.notFound).waitFor();
    await page.goto(`${platform.webUrl}/awards/guidelines/new`);
    await page.getByText(en.awards.guidelineEditor.adminsOnly).waitFor();
    expect(await page.getByRole('form', { name: en.awards.guidelineEditor.createTitle }).count()).toBe(0);
  });
});
