import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import fr from '@best/web/i18n/fr.json';
import { ADMIN, describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';
import { fill, PNG_8X8, storiesAsAdmin } from './story-test-helpers';

// The stories pages in a real browser over the whole platform: list and search, the story with its
// consent in plain words, the review queue, the editor with translations, publications with the
// server's refusal, and the public withdrawal page. Each test makes its own stories through the API
// (as admin), so they pass in any order; only the first reads a demo story.

const MEMBER_MT = 'member@best.example';
const COORDINATOR_MT = 'coordinator.mt@best.example';
const describeInBrowser = describeInBrowserOrSkip();

type Channel = keyof typeof en.enums.ConsentChannel;
type Scope = keyof typeof en.enums.ConsentScope;

interface ConsentTerms {
  scope: Scope;
  channels: Channel[];
  mayShowName?: boolean;
  mayShowImage?: boolean;
  expiresAt?: string | null;
}

describeInBrowser('the stories pages in a browser, in front of the whole platform', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;
  const { createStory, moveStory } = storiesAsAdmin(platform);

  /** Records a consent through the API; the answer carries the withdrawal code (shown once). */
  async function recordConsent(storyId: string, terms: ConsentTerms): Promise<{ code: string; version: number }> {
    const { recordConsent } = await graphQLAs<{
      recordConsent: { withdrawalCode: string; story: { version: number } };
    }>(
      platform.adminCookie,
      `mutation ($input: RecordConsentInput!) {
        recordConsent(input: $input) { withdrawalCode story { version } } }`,
      {
        input: {
          storyId,
          givenBy: 'STORYTELLER',
          givenAt: new Date(Date.now() - 86_400_000).toISOString(),
          mayShowName: false,
          mayShowImage: false,
          evidenceReference: 'consent-forms/test/signed.pdf',
          ...terms,
        },
      },
    );
    return { code: recordConsent.withdrawalCode, version: recordConsent.story.version };
  }

  /** A story published with `terms`, through the API: created, consent recorded, reviewed, published. */
  async function publishedStory(title: string, terms: ConsentTerms) {
    const story = await createStory(title);
    const consent = await recordConsent(story.id, terms);
    const approved = await moveStory(story.id, 'APPROVED', await moveStory(story.id, 'IN_REVIEW', consent.version));
    await moveStory(story.id, 'PUBLISHED', approved);
    return { id: story.id, code: consent.code };
  }

  it('finds a story by words of its text and by country, and opens it in another of its languages', async () => {
    await platform.page.goto(`${platform.webUrl}/stories`);
    await platform.page.getByRole('heading', { level: 1, name: en.storyList.title }).waitFor();
    await platform.page.getByRole('searchbox', { name: en.storyList.searchLabel }).fill('kitchen table');
    await platform.page.waitForURL((url) => url.searchParams.get('search') === 'kitchen table');
    await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption('IT');
    await platform.page.waitForURL((url) => url.searchParams.get('country') === 'IT');
    const results = platform.page.locator('.results[aria-busy="false"]');
    const link = results.getByRole('link', { name: 'My first winter had a kitchen table', exact: true });
    await link.waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'stories-search.png'), fullPage: true });

    // Another country finds nothing with the same words.
    await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption('FR');
    await platform.page.waitForURL((url) => url.searchParams.get('country') === 'FR');
    await results.getByText(en.storyList.empty).waitFor();
    await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption('IT');
    await link.click();

    await platform.page.getByRole('heading', { level: 1, name: 'My first winter had a kitchen table' }).waitFor();
    await platform.page.getByRole('combobox', { name: en.story.readIn }).selectOption('fr');
    await platform.page
      .getByRole('heading', { level: 1, name: 'Mon premier hiver avait une table de cuisine' })
      .waitFor();
    expect(new URL(platform.page.url()).searchParams.get('language')).toBe('fr');
    expect(await platform.page.getByTestId('story-text').getAttribute('lang')).toBe('fr');
  });

  it('shows the consent of a story in plain words, with its evidence for the admin', async () => {
    const title = `Garden of many hands ${Date.now()}`;
    const story = await createStory(title);
    const expiresAt = '2030-03-01T12:00:00.000Z';
    await recordConsent(story.id, { scope: 'NETWORK', channels: ['WEBSITE', 'FACEBOOK'], expiresAt });

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const effect = platform.page.getByTestId('consent-effect').first().locator('li');
    const expiry = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(expiresAt));
    expect(await effect.allTextContents()).toEqual([
      fill(en.consentEffect.visibleTo, { who: en.consentEffect.audience.NETWORK }),
      fill(en.consentEffect.channels, { channels: 'website, Facebook' }),
      fill(en.consentEffect.name, { answer: en.consentEffect.no }),
      fill(en.consentEffect.images, { answer: en.consentEffect.no }),
      fill(en.consentEffect.expires, { date: expiry }),
    ]);
    expect(await effect.first().textContent()).toBe('Visible to: network partners.');
    await platform.page.getByText('consent-forms/test/signed.pdf').waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-consent.png'), fullPage: true });
  });

  it('puts a story sent for review in the queue, where the admin approves it with a reason', async () => {
    const title = `Choir without borders ${Date.now()}`;
    const story = await createStory(title);
    const consent = await recordConsent(story.id, { scope: 'PUBLIC', channels: ['WEBSITE'] });
    await moveStory(story.id, 'IN_REVIEW', consent.version);

    await signInThroughUi(ADMIN);
    await platform.page.getByRole('link', { name: en.nav.storyReview, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.reviewQueue.title }).waitFor();
    const inReview = platform.page.locator('section', {
      has: platform.page.getByRole('heading', { name: en.reviewQueue.inReview }),
    });
    await inReview.getByRole('link', { name: title, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();

    const history = platform.page.locator('.status-history > li');
    await history.first().waitFor();
    const before = await history.count();
    const form = platform.page.getByRole('form', { name: en.review.moveTitle });
    await form.getByRole('combobox', { name: en.review.moveTo }).selectOption('APPROVED');
    await form.getByRole('textbox', { name: en.review.reason }).fill('Consent checked against the signed form.');
    await form.getByRole('button', { name: en.review.moveSubmit }).click();
    await platform.page.getByTestId('story-status').filter({ hasText: en.enums.StoryStatus.APPROVED }).waitFor();
    await history.nth(before).waitFor();
    await platform.page.getByText('Consent checked against the signed form.').waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-review.png'), fullPage: true });

    const after = await graphQLAs<{ story: { status: string; statusHistory: { toStatus: string; reason: string }[] } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { status statusHistory { toStatus reason } } }',
      { id: story.id },
    );
    expect(after.story.status).toBe('APPROVED');
    expect(after.story.statusHistory.at(-1)).toEqual({
      toStatus: 'APPROVED',
      reason: 'Consent checked against the signed form.',
    });
    // Approved and waiting: the queue now lists it in its second part.
    await platform.page.goto(`${platform.webUrl}/stories/review`);
    const approved = platform.page.locator('section', {
      has: platform.page.getByRole('heading', { name: en.reviewQueue.approved }),
    });
    await approved.getByRole('link', { name: title, exact: true }).waitFor();
  });

  it('lets an organisation member write a story, naming a missing title first, then add a French translation', async () => {
    const title = `Bread on Tuesdays ${Date.now()}`;
    await signInThroughUi(MEMBER_MT);
    await platform.page.goto(`${platform.webUrl}/stories`);
    await platform.page.getByRole('link', { name: en.storyEditor.createLink, exact: true }).click();
    await platform.page.waitForURL('**/stories/new');
    const form = platform.page.getByRole('form', { name: en.storyEditor.createTitle });
    await form.getByLabel(en.storyEditor.fields.text, { exact: true }).fill('We bake bread together every Tuesday.');
    await form.getByRole('combobox', { name: en.storyEditor.fields.language }).selectOption('en');
    await form.getByRole('checkbox', { name: en.enums.StoryTheme.JOBS_AND_ECONOMY }).check();
    await form.getByRole('checkbox', { name: en.enums.StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING }).check();

    // Without a title the server names the field and the form shows it there.
    await form.getByRole('button', { name: en.storyEditor.create, exact: true }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    const titleBox = form.getByLabel(en.storyEditor.fields.title, { exact: true });
    expect(await titleBox.getAttribute('aria-invalid')).toBe('true');
    await titleBox.fill(title);
    await form.getByRole('button', { name: en.storyEditor.create, exact: true }).click();
    await platform.page.waitForURL(/\/stories\/[0-9a-f-]{36}\/edit$/);
    const id = new URL(platform.page.url()).pathname.split('/')[2];

    await platform.page.getByRole('button', { name: en.translations.add }).click();
    const translation = platform.page.locator('form.translation-form');
    await translation.getByRole('combobox', { name: en.translations.language }).selectOption('fr');
    await translation.getByLabel(en.storyEditor.fields.title, { exact: true }).fill('Du pain le mardi');
    await translation.getByLabel(en.storyEditor.fields.text, { exact: true }).fill('Nous faisons du pain ensemble.');
    await translation.getByRole('button', { name: en.translations.save }).click();
    await platform.page.locator('.translation-list li[data-language="fr"]').getByText('Du pain le mardi').waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-editor.png'), fullPage: true });

    const saved = await graphQLAs<{
      story: {
        title: string;
        status: string;
        riskFlags: string[];
        needsSecondReviewer: boolean;
        availableLanguages: string[];
        translations: { language: string; title: string }[];
      };
    }>(
      platform.adminCookie,
      `query ($id: ID!) { story(id: $id) { title status riskFlags needsSecondReviewer availableLanguages
        translations { language title } } }`,
      { id },
    );
    expect(saved.story).toEqual({
      title,
      status: 'DRAFT',
      riskFlags: ['ASYLUM_CLAIM_ONGOING'],
      needsSecondReviewer: true,
      availableLanguages: ['en', 'fr'],
      translations: [{ language: 'fr', title: 'Du pain le mardi' }],
    });

    // The story page offers the translation and says the storyteller is at risk.
    await platform.page.goto(`${platform.webUrl}/stories/${id}?language=fr`);
    await platform.page.getByRole('heading', { level: 1, name: 'Du pain le mardi' }).waitFor();
    await platform.page.getByTestId('story-risk').getByText(en.story.needsSecondReviewer).waitFor();
  });

  it('records a publication in a new campaign on a channel the consent covers, and shows the refusal once the consent no longer covers it', async () => {
    const title = `Football after school ${Date.now()}`;
    const story = await publishedStory(title, { scope: 'PUBLIC', channels: ['WEBSITE', 'FACEBOOK'] });

    await signInThroughUi(ADMIN);
    await platform.page.getByRole('link', { name: en.nav.publications, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.publications.title }).waitFor();
    // A campaign to group it, made on the same page (the admin's, so European unless a country is chosen).
    const campaignName = `Autumn of voices ${Date.now()}`;
    await platform.page.getByRole('button', { name: en.publications.newCampaign }).click();
    const campaignForm = platform.page.getByRole('form', { name: en.publications.newCampaign });
    await campaignForm.getByLabel(en.publications.campaignName).fill(campaignName);
    await campaignForm.getByRole('combobox', { name: en.publications.country }).selectOption('PT');
    await campaignForm.getByRole('button', { name: en.publications.createCampaign }).click();
    await platform.page.locator('.campaign-list').getByRole('heading', { name: campaignName }).waitFor();

    const form = platform.page.getByRole('form', { name: en.publications.recordTitle });
    await form.getByRole('combobox', { name: en.publications.chooseStory }).selectOption({ label: title });
    const channel = form.getByRole('combobox', { name: en.publications.channel });
    // Only the channels the consent covers are offered.
    expect(await channel.locator('option').allTextContents()).toEqual([
      en.enums.ConsentChannel.WEBSITE,
      en.enums.ConsentChannel.FACEBOOK,
    ]);
    await channel.selectOption('WEBSITE');
    await form.getByLabel(en.publications.url).fill('https://best.example.org/stories/football');
    await form.getByLabel(en.publications.views).fill('120');
    await form.getByRole('combobox', { name: en.publications.campaign }).selectOption({ label: campaignName });
    await form.getByRole('button', { name: en.publications.record }).click();
    await form.getByText(en.publications.recorded).waitFor();

    // Behind the page's back a new consent covers the website only.
    await recordConsent(story.id, { scope: 'PUBLIC', channels: ['WEBSITE'] });
    await channel.selectOption('FACEBOOK');
    await form.getByRole('button', { name: en.publications.record }).click();
    const refusal = form.locator('[data-error-code="CONFLICT"]');
    await refusal.getByText(en.forms.refused).waitFor();
    expect((await refusal.locator('.form-error__detail').textContent())!.length).toBeGreaterThan(0);
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'publication-refused.png'), fullPage: true });

    const { publications } = await graphQLAs<{
      publications: { nodes: { channel: string; views: number; campaign: { name: string } | null }[] };
    }>(
      platform.adminCookie,
      'query ($id: ID!) { publications(storyId: $id) { nodes { channel views campaign { name } } } }',
      {
        id: story.id,
      },
    );
    expect(publications.nodes).toEqual([{ channel: 'WEBSITE', views: 120, campaign: { name: campaignName } }]);
    // The reach table counts it.
    await platform.page.reload();
    await platform.page.getByTestId('reach-table').waitFor();
  });

  it('records consent from the story page and shows the withdrawal code once, which then works', async () => {
    const title = `Language café ${Date.now()}`;
    const story = await createStory(title);
    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await platform.page.getByText(en.consent.none).waitFor();

    await platform.page.getByRole('button', { name: en.recordConsent.open }).click();
    const form = platform.page.getByRole('form', { name: en.recordConsent.title });
    await form.getByRole('combobox', { name: en.recordConsent.scope }).selectOption('PUBLIC');
    await form.getByRole('checkbox', { name: en.enums.ConsentChannel.WEBSITE }).check();
    // Without the evidence the server names the field.
    await form.getByRole('button', { name: en.recordConsent.submit }).click();
    const evidence = form.getByLabel(en.recordConsent.evidenceReference);
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    await evidence.fill('consent-forms/pt/2026/language-cafe.pdf');
    await form.getByRole('button', { name: en.recordConsent.submit }).click();

    const code = (await platform.page.getByTestId('withdrawal-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    await platform.page
      .getByText(fill(en.recordConsent.codeExplain, { path: `${platform.webUrl}/withdraw` }))
      .waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'consent-code.png'), fullPage: true });
    await platform.page.getByRole('button', { name: en.recordConsent.codeDone }).click();
    await platform.page.getByTestId('withdrawal-code').waitFor({ state: 'detached' });
    expect(await platform.page.getByText(code).count()).toBe(0);
    await platform.page
      .getByTestId('consent-effect')
      .getByText(fill(en.consentEffect.channels, { channels: 'website' }))
      .waitFor();

    // The code shown is the one that withdraws this story.
    await graphQLAs(
      '',
      'mutation ($input: WithdrawConsentWithCodeInput!) { withdrawConsentWithCode(input: $input) { withdrawnAt } }',
      {
        input: { code },
      },
    );
    const seen = await graphQLAs<{ story: null | { id: string } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { id } }',
      {
        id: story.id,
      },
    );
    expect(seen.story).toBeNull();
  });

  it('lets staff withdraw consent for the storyteller, lists the publications to take down, and marks one taken down', async () => {
    const title = `Sunday market ${Date.now()}`;
    const story = await publishedStory(title, { scope: 'PUBLIC', channels: ['WEBSITE', 'YOUTUBE'] });
    await graphQLAs(
      platform.adminCookie,
      'mutation ($input: RecordPublicationInput!) { recordPublication(input: $input) { publication { id } } }',
      { input: { storyId: story.id, channel: 'YOUTUBE', url: 'https://video.example.org/sunday-market', views: 40 } },
    );

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('button', { name: en.withdrawConsent.open }).click();
    const form = platform.page.getByRole('form', { name: en.withdrawConsent.title });
    await form.getByLabel(en.withdrawConsent.reason).fill('The storyteller called the office and asked.');
    await form.getByRole('button', { name: en.withdrawConsent.confirm }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.withdrawConsent.doneTitle }).waitFor();
    const takeDown = platform.page.getByRole('table', { name: en.withdrawConsent.takeDown });
    await takeDown.getByRole('link', { name: en.enums.ConsentChannel.YOUTUBE }).waitFor();

    await platform.page.getByRole('link', { name: en.publications.takedownTitle }).click();
    const pending = platform.page.getByRole('table', { name: en.publications.takedownTitle });
    const row = pending
      .getByRole('row')
      .filter({ hasText: en.publications.storyHidden })
      .filter({
        has: platform.page.locator('a[href="https://video.example.org/sunday-market"]'),
      });
    await row.waitFor();
    await row.getByRole('textbox', { name: en.publications.takedownNote }).fill('Removed from the channel.');
    await row.getByRole('button', { name: en.publications.markTakenDown }).click();
    await row.waitFor({ state: 'detached' });

    const { publications } = await graphQLAs<{
      publications: { nodes: { takenDownAt: string | null; takedownNote: string }[] };
    }>(platform.adminCookie, 'query ($id: ID!) { publications(storyId: $id) { nodes { takenDownAt takedownNote } } }', {
      id: story.id,
    });
    expect(publications.nodes).toEqual([
      { takenDownAt: expect.any(String), takedownNote: 'Removed from the channel.' },
    ]);
  });

  it('uploads a photo with its caption and text alternative in the editor, shows it on the story page, and removes it', async () => {
    const title = `Harbour portraits ${Date.now()}`;
    const story = await createStory(title);
    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
    const upload = platform.page.getByRole('form', { name: en.media.upload });
    await upload
      .getByLabel(en.media.file)
      .setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: PNG_8X8 });
    await upload.getByLabel(en.media.caption).fill('The harbour at dawn.');
    await upload.getByLabel(en.media.altText).fill('Fishing boats moored in a small harbour under a pale sky.');
    await upload.getByRole('button', { name: en.media.submit }).click();
    const item = platform.page.locator('.media-gallery li').filter({ hasText: 'The harbour at dawn.' });
    await item.waitFor();

    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    const photo = platform.page.getByRole('img', { name: 'Fishing boats moored in a small harbour under a pale sky.' });
    await photo.waitFor();
    // The browser could load it through the gateway (consent and role checked on that request too).
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-media.png'), fullPage: true });

    await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
    await item.getByRole('button', { name: en.media.remove }).click();
    await item.waitFor({ state: 'detached' });
    const { story: after } = await graphQLAs<{ story: { media: { id: string }[] } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { media(includeWithheld: true) { id } } }',
      { id: story.id },
    );
    expect(after.media).toEqual([]);
  });

  it('says someone else saved first when the story changed while it was being edited, and reloads', async () => {
    const title = `Night school ${Date.now()}`;
    const story = await createStory(title);
    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
    const form = platform.page.getByRole('form', { name: fill(en.storyEditor.editTitle, { title }) });
    await form.getByLabel(en.storyEditor.fields.summary, { exact: true }).fill('Evening classes for parents.');

    // Someone else saves first, behind the page's back.
    await graphQLAs(
      platform.adminCookie,
      'mutation ($input: UpdateStoryInput!) { updateStory(input: $input) { story { version } } }',
      { input: { storyId: story.id, expectedVersion: story.version, text: 'Changed by a colleague.' } },
    );
    await form.getByRole('button', { name: en.storyEditor.save }).click();
    const alert = form.locator('[data-error-code="CONFLICT"]');
    await alert.getByText(en.forms.conflict).waitFor();
    await alert.getByRole('button', { name: en.forms.reload }).click();
    await form
      .getByLabel(en.storyEditor.fields.text, { exact: true })
      .and(platform.page.getByText('Changed by a colleague.'))
      .waitFor();
    await form.getByLabel(en.storyEditor.fields.summary, { exact: true }).fill('Evening classes for parents.');
    await form.getByRole('button', { name: en.storyEditor.save }).click();
    await platform.page.waitForURL(`**/stories/${story.id}`);

    const saved = await graphQLAs<{ story: { summary: string; text: string } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { summary text } }',
      { id: story.id },
    );
    expect(saved.story).toEqual({ summary: 'Evening classes for parents.', text: 'Changed by a colleague.' });
  });

  it('does not offer the review queue or publications to the public, and says so at their addresses', async () => {
    await platform.page.goto(`${platform.webUrl}/stories`);
    await platform.page.getByRole('heading', { level: 1, name: en.storyList.title }).waitFor();
    expect(await platform.page.getByRole('link', { name: en.nav.storyReview }).count()).toBe(0);
    expect(await platform.page.getByRole('link', { name: en.nav.publications }).count()).toBe(0);
    expect(await platform.page.getByRole('link', { name: en.storyEditor.createLink }).count()).toBe(0);
    await platform.page.goto(`${platform.webUrl}/stories/review`);
    await platform.page.getByText(en.reviewQueue.staffOnly).waitFor();
    await platform.page.goto(`${platform.webUrl}/stories/publications`);
    await platform.page.getByText(en.publications.staffOnly).waitFor();
  });

  it('asks for a second reviewer before an at-risk story is published: the approver is refused, a colleague publishes', async () => {
    const title = `Letters home ${Date.now()}`;
    const story = await createStory(title, 'MT', ['FAMILY_IN_COUNTRY_OF_ORIGIN']);
    const consent = await recordConsent(story.id, { scope: 'PUBLIC', channels: ['WEBSITE'] });
    await moveStory(story.id, 'APPROVED', await moveStory(story.id, 'IN_REVIEW', consent.version));

    // The admin approved it, so the admin may not publish it.
    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/review`);
    const approved = platform.page.locator('section', {
      has: platform.page.getByRole('heading', { name: en.reviewQueue.approved }),
    });
    const item = approved.locator('li').filter({ has: platform.page.getByRole('link', { name: title, exact: true }) });
    await item.getByText(en.reviewQueue.secondReviewer).waitFor();
    await item.getByRole('link', { name: title, exact: true }).click();
    const form = platform.page.getByRole('form', { name: en.review.moveTitle });
    await form.getByRole('combobox', { name: en.review.moveTo }).selectOption('PUBLISHED');
    await form.getByText(en.story.needsSecondReviewer).waitFor();
    await form.getByRole('button', { name: en.review.moveSubmit }).click();
    await form.getByText(en.review.secondReviewerRefused).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-second-reviewer.png'), fullPage: true });
    expect(await platform.page.getByTestId('story-status').textContent()).toBe(en.enums.StoryStatus.APPROVED);

    // The Maltese coordinator is a second reviewer.
    await platform.replacePage({ locale: 'en-GB' });
    await signInThroughUi(COORDINATOR_MT);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    const second = platform.page.getByRole('form', { name: en.review.moveTitle });
    await second.getByRole('combobox', { name: en.review.moveTo }).selectOption('PUBLISHED');
    await second.getByRole('button', { name: en.review.moveSubmit }).click();
    await platform.page.getByTestId('story-status').filter({ hasText: en.enums.StoryStatus.PUBLISHED }).waitFor();
    // At risk, the storyteller is anonymous whatever the consent says.
    await platform.page
      .getByText(fill(en.stories.storyteller, { name: 'Anonymous', role: en.enums.StorytellerRole.MIGRANT }))
      .waitFor();
  });

  it('lets a storyteller withdraw with their code, in French and without an account, and the story disappears', async () => {
    const title = `Tea with the neighbours ${Date.now()}`;
    const story = await publishedStory(title, { scope: 'PUBLIC', channels: ['WEBSITE'] });
    // The public sees it before.
    await platform.page.goto(`${platform.webUrl}/stories?search=${encodeURIComponent(title)}`);
    await platform.page
      .locator('.results[aria-busy="false"]')
      .getByRole('link', { name: title, exact: true })
      .waitFor();

    await platform.page.getByRole('link', { name: en.app.withdrawLink }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.withdraw.title }).waitFor();
    await platform.page.getByRole('button', { name: 'Français' }).click();
    await platform.page.getByRole('heading', { level: 1, name: fr.withdraw.title }).waitFor();
    const form = platform.page.getByRole('form', { name: fr.withdraw.title });

    // A wrong code is named as such, calmly, next to the box.
    await form.getByLabel(fr.withdraw.code).fill('AAAA-BBBB-CCCC-DDDD-EEEE');
    await form.getByRole('button', { name: fr.withdraw.submit }).click();
    await form.getByText(fr.withdraw.notRecognised).waitFor();

    await form.getByLabel(fr.withdraw.code).fill(story.code.toLowerCase());
    await form.getByLabel(fr.withdraw.reason).fill('Je préfère que mon histoire reste privée.');
    await form.getByRole('button', { name: fr.withdraw.submit }).click();
    await platform.page.getByRole('heading', { level: 1, name: fr.withdraw.doneTitle }).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'withdraw-done.png'), fullPage: true });

    // Gone for the public on the very next request, and for the admin too.
    await platform.page.getByRole('combobox', { name: fr.language.label }).selectOption('en');
    await platform.page.goto(`${platform.webUrl}/stories?search=${encodeURIComponent(title)}`);
    await platform.page.locator('.results[aria-busy="false"]').getByText(en.storyList.empty).waitFor();
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByText(en.story.notFound).waitFor();
    const seen = await graphQLAs<{ story: null | { id: string } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { id } }',
      {
        id: story.id,
      },
    );
    expect(seen.story).toBeNull();
  });
});
