import { join } from 'node:path';
import en from '@best/web/i18n/en.json';
import { ADMIN, describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';
import { fill, PNG_8X8, storiesAsAdmin, waitForValue } from './story-test-helpers';

// The story pages' second round in a real browser over the whole platform: erasing a story for good
// (from its page, and a withdrawn one from the list to take down), the tombstones page, reach figures
// with the version conflict, campaign and media edits, and the initiative picker of the editor. Each
// test makes its own stories through the API (as admin), so they pass in any order.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const describeInBrowser = describeInBrowserOrSkip();

describeInBrowser('more of the stories pages in a browser: erasure, reach, campaigns, media and initiatives', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;
  const { createStory, moveStory } = storiesAsAdmin(platform);

  /** A story published with public consent for the website, with one publication there at `url`. */
  async function publishedWithPublication(title: string, url: string, countryCode = 'PT') {
    const story = await createStory(title, countryCode);
    const { recordConsent } = await graphQLAs<{ recordConsent: { story: { version: number } } }>(
      platform.adminCookie,
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { story { version } } }`,
      {
        input: {
          storyId: story.id,
          givenBy: 'STORYTELLER',
          givenAt: new Date(Date.now() - 86_400_000).toISOString(),
          scope: 'PUBLIC',
          channels: ['WEBSITE'],
          mayShowName: false,
          mayShowImage: false,
          evidenceReference: 'consent-forms/test/signed.pdf',
        },
      },
    );
    const inReview = await moveStory(story.id, 'IN_REVIEW', recordConsent.story.version);
    await moveStory(story.id, 'PUBLISHED', await moveStory(story.id, 'APPROVED', inReview));
    const { recordPublication } = await graphQLAs<{ recordPublication: { publication: { id: string } } }>(
      platform.adminCookie,
      'mutation ($input: RecordPublicationInput!) { recordPublication(input: $input) { publication { id } } }',
      { input: { storyId: story.id, channel: 'WEBSITE', url, views: 10, shares: 1 } },
    );
    return { id: story.id, publicationId: recordPublication.publication.id };
  }

  async function storySeenByAdmin(id: string) {
    const { story } = await graphQLAs<{ story: { id: string } | null }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { id } }',
      { id },
    );
    return story;
  }

  async function tombstoneOf(storyId: string) {
    const { storyTombstones } = await graphQLAs<{
      storyTombstones: { nodes: { storyId: string; countryCode: string; reason: string; publishedAt: string }[] };
    }>(
      platform.adminCookie,
      'query { storyTombstones(first: 100) { nodes { storyId countryCode reason publishedAt } } }',
    );
    return storyTombstones.nodes.find((tombstone) => tombstone.storyId === storyId) ?? null;
  }

  it('erases a story from its page after a confirmation that says what goes and what stays, with a required reason, and lists its tombstone', async () => {
    const title = `Garden of memories ${Date.now()}`;
    const url = `https://best.example.org/stories/garden-${Date.now()}`;
    const story = await publishedWithPublication(title, url);

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await platform.page.getByRole('button', { name: en.erase.open }).click();
    const form = platform.page.getByRole('form', { name: en.erase.title });
    expect(await form.getByTestId('erase-deletes').textContent()).toBe(en.erase.deletes);
    expect(await form.getByTestId('erase-keeps').textContent()).toBe(en.erase.keeps);
    await form.getByText(en.erase.cannotUndo).waitFor();

    // Without a reason the server refuses and names the field; nothing is erased.
    await form.getByRole('button', { name: en.erase.confirm }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    const reason = form.getByLabel(en.erase.reason);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await storySeenByAdmin(story.id)).toEqual({ id: story.id });

    await reason.fill('The storyteller asked for their data to be deleted.');
    await form.getByRole('button', { name: en.erase.confirm }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.erase.doneTitle }).waitFor();
    // The story has left the page; its publication still online is listed to take down.
    expect(await platform.page.getByRole('heading', { name: title }).count()).toBe(0);
    const takeDown = platform.page.getByRole('table', { name: en.erase.takeDown });
    await takeDown.locator(`a[href="${url}"]`).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-erased.png'), fullPage: true });

    expect(await storySeenByAdmin(story.id)).toBeNull();
    expect(await tombstoneOf(story.id)).toEqual({
      storyId: story.id,
      countryCode: 'PT',
      reason: 'The storyteller asked for their data to be deleted.',
      publishedAt: expect.any(String),
    });

    await platform.page.getByRole('link', { name: en.erasedList.title }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.erasedList.title }).waitFor();
    const row = platform.page.getByTestId('tombstones').locator(`tr[data-story-id="${story.id}"]`);
    await row.getByText('The storyteller asked for their data to be deleted.').waitFor();
    await row.getByText(story.id).waitFor();
    // The admin's country filter narrows the list: another country does not show it.
    await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption('MT');
    await platform.page.waitForURL((address) => address.searchParams.get('country') === 'MT');
    await row.waitFor({ state: 'detached' });
  });

  it('lets the coordinator of its country erase a withdrawn story from the list to take down', async () => {
    const title = `Harbour choir ${Date.now()}`;
    const url = `https://best.example.org/stories/choir-${Date.now()}`;
    const story = await publishedWithPublication(title, url, 'MT');
    await graphQLAs(
      platform.adminCookie,
      'mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { withdrawnAt } }',
      { input: { storyId: story.id, reason: 'The storyteller called the office.' } },
    );
    // Withdrawn, the story is invisible even to the admin: the list to take down is the way to it.
    expect(await storySeenByAdmin(story.id)).toBeNull();

    await signInThroughUi(COORDINATOR_MT);
    await platform.page.goto(`${platform.webUrl}/stories/publications`);
    const pending = platform.page.getByRole('table', { name: en.publications.takedownTitle, exact: true });
    const row = pending.getByRole('row').filter({ has: platform.page.locator(`a[href="${url}"]`) });
    await row.getByRole('button', { name: en.erase.fromList }).click();
    const form = platform.page.getByRole('form', { name: en.erase.title });
    await form.getByText(fill(en.erase.story, { id: story.id })).waitFor();
    await form.getByLabel(en.erase.reason).fill('Erased at the storyteller’s request after withdrawal.');
    await form.getByRole('button', { name: en.erase.confirm }).click();
    await platform.page
      .getByTestId('erased-notice')
      .getByRole('table', { name: en.erase.takeDown })
      .locator(`a[href="${url}"]`)
      .waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'story-erased-from-takedown.png'), fullPage: true });

    // The publication still waits to be taken down, but the story cannot be erased twice.
    await row.locator(`a[href="${url}"]`).waitFor();
    await row.getByRole('button', { name: en.erase.fromList }).waitFor({ state: 'detached' });
    expect(await tombstoneOf(story.id)).toEqual({
      storyId: story.id,
      countryCode: 'MT',
      reason: 'Erased at the storyteller’s request after withdrawal.',
      publishedAt: expect.any(String),
    });
    // The coordinator's tombstones page lists it (their country's only, so no country filter).
    await platform.page.goto(`${platform.webUrl}/stories/erased`);
    await platform.page.getByTestId('tombstones').locator(`tr[data-story-id="${story.id}"]`).waitFor();
    expect(await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).count()).toBe(0);
  });

  it('offers erasure only to admins and the coordinator of the story’s country, and the tombstones only to staff', async () => {
    const title = `Story of another country ${Date.now()}`;
    const story = await publishedWithPublication(title, `https://best.example.org/stories/other-${Date.now()}`);
    // The public sees the published story but no erasure, and not the tombstones.
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await platform.page.getByRole('button', { name: en.erase.open }).count()).toBe(0);
    await platform.page.goto(`${platform.webUrl}/stories/erased`);
    await platform.page.getByText(en.erasedList.staffOnly).waitFor();

    // The Maltese coordinator reads this Portuguese story but may not erase it.
    await signInThroughUi(COORDINATOR_MT);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await platform.page.getByRole('button', { name: en.erase.open }).count()).toBe(0);
    expect(await storySeenByAdmin(story.id)).toEqual({ id: story.id });
  });

  it('updates the reach of a publication in its row, says so when someone else entered figures first, and saves on top after a reload', async () => {
    const url = `https://best.example.org/stories/reach-${Date.now()}`;
    const story = await publishedWithPublication(`Cycling club ${Date.now()}`, url);

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/publications`);
    const all = platform.page.getByRole('table', { name: en.publications.list });
    const row = all.getByRole('row').filter({ has: platform.page.locator(`a[href="${url}"]`) });
    await row.getByRole('button', { name: en.reach.edit }).click();
    const form = row.getByRole('form', { name: en.reach.title });
    await form.getByLabel(en.publications.views).fill('250');
    await form.getByLabel(en.publications.shares).fill('12');

    // A colleague enters figures first, behind the page's back.
    const { publications: read } = await graphQLAs<{ publications: { nodes: { version: number }[] } }>(
      platform.adminCookie,
      'query ($id: ID!) { publications(storyId: $id) { nodes { version } } }',
      { id: story.id },
    );
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: UpdatePublicationReachInput!) {
        updatePublicationReach(input: $input) { publication { version } } }`,
      {
        input: { publicationId: story.publicationId, expectedVersion: read.nodes[0]!.version, views: 300, shares: 20 },
      },
    );
    await form.getByRole('button', { name: en.reach.save }).click();
    const alert = form.locator('[data-error-code="CONFLICT"]');
    await alert.getByText(en.forms.conflict).waitFor();
    await alert.getByRole('button', { name: en.forms.reload }).click();
    // The form starts again from the colleague's figures.
    await waitForValue(platform.page, form.getByLabel(en.publications.views), '300');
    expect(await form.getByLabel(en.publications.shares).inputValue()).toBe('20');
    await form.getByLabel(en.publications.views).fill('310');
    await form.getByRole('button', { name: en.reach.save }).click();
    await form.waitFor({ state: 'detached' });
    await row.getByRole('cell', { name: '310', exact: true }).waitFor();

    const { publications } = await graphQLAs<{ publications: { nodes: { views: number; shares: number }[] } }>(
      platform.adminCookie,
      'query ($id: ID!) { publications(storyId: $id) { nodes { views shares } } }',
      { id: story.id },
    );
    expect(publications.nodes).toEqual([{ views: 310, shares: 20 }]);
  });

  it('changes a campaign’s name, description and dates in place', async () => {
    const name = `Spring voices ${Date.now()}`;
    const { createCampaign } = await graphQLAs<{ createCampaign: { campaign: { id: string } } }>(
      platform.adminCookie,
      'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }',
      { input: { name, countryCode: 'PT', startsOn: '2026-03-01' } },
    );

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/publications`);
    await platform.page.getByRole('button', { name: fill(en.campaign.editNamed, { name }) }).click();
    const form = platform.page.getByRole('form', { name: fill(en.campaign.editTitle, { name }) });
    const renamed = `${name} (renamed)`;
    await form.getByLabel(en.publications.campaignName).fill(renamed);
    await form.getByLabel(en.publications.campaignDescription).fill('Stories told on the radio.');
    await form.getByLabel(en.publications.endsOn).fill('2026-05-31');
    await form.getByRole('button', { name: en.campaign.save }).click();
    await platform.page.locator('.campaign-list').getByRole('heading', { name: renamed }).waitFor();
    await platform.page.locator('.campaign-list').getByText('Stories told on the radio.').waitFor();

    const { campaign } = await graphQLAs<{ campaign: Record<string, unknown> }>(
      platform.adminCookie,
      'query ($id: ID!) { campaign(id: $id) { name description startsOn endsOn } }',
      { id: createCampaign.campaign.id },
    );
    expect(campaign).toEqual({
      name: renamed,
      description: 'Stories told on the radio.',
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
    });
  });

  it('changes the caption and text alternative of a photo in the editor', async () => {
    const story = await createStory(`Market portraits ${Date.now()}`);
    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
    const upload = platform.page.getByRole('form', { name: en.media.upload });
    await upload
      .getByLabel(en.media.file)
      .setInputFiles({ name: 'market.png', mimeType: 'image/png', buffer: PNG_8X8 });
    await upload.getByLabel(en.media.caption).fill('The market at noon.');
    await upload.getByLabel(en.media.altText).fill('Stalls of fruit under striped awnings.');
    await upload.getByRole('button', { name: en.media.submit }).click();
    const item = platform.page.locator('.media-gallery li').filter({ hasText: 'The market at noon.' });
    await item.waitFor();

    await item.getByRole('button', { name: en.media.edit }).click();
    const form = item.getByRole('form', { name: en.media.editTitle });
    await form.getByLabel(en.media.caption).fill('The market on a Saturday.');
    await form.getByLabel(en.media.altText).fill('Stalls of fruit and vegetables under striped awnings.');
    await form.getByRole('button', { name: en.media.save }).click();
    await form.waitFor({ state: 'detached' });
    await platform.page.locator('.media-gallery li').filter({ hasText: 'The market on a Saturday.' }).waitFor();

    const { story: saved } = await graphQLAs<{
      story: { media: { caption: string; altText: string; showsStoryteller: boolean }[] };
    }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { media(includeWithheld: true) { caption altText showsStoryteller } } }',
      { id: story.id },
    );
    expect(saved.media).toEqual([
      {
        caption: 'The market on a Saturday.',
        altText: 'Stalls of fruit and vegetables under striped awnings.',
        showsStoryteller: false,
      },
    ]);
    // The story page shows the new text alternative.
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}`);
    await platform.page.getByRole('img', { name: 'Stalls of fruit and vegetables under striped awnings.' }).waitFor();
  });

  it('picks the initiative a story is about in the editor, from those of its country, and shows it on the story page', async () => {
    const { initiatives } = await graphQLAs<{ initiatives: { nodes: { id: string; title: string }[] } }>(
      platform.adminCookie,
      'query { initiatives(countryCode: "PT", first: 1) { nodes { id title } } }',
    );
    const initiative = initiatives.nodes[0]!;
    const title = `Sewing circle ${Date.now()}`;
    const story = await createStory(title);

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
    const form = platform.page.getByRole('form', { name: fill(en.storyEditor.editTitle, { title }) });
    await form.getByTestId('chosen-initiative').getByText(en.initiativePicker.none).waitFor();
    await form.getByLabel(en.initiativePicker.search).fill(initiative.title);
    await form
      .getByRole('list', { name: en.initiativePicker.results })
      .getByRole('button', { name: initiative.title })
      .first()
      .click();
    await form
      .getByTestId('chosen-initiative')
      .getByText(fill(en.initiativePicker.chosen, { title: initiative.title }))
      .waitFor();
    await form.getByRole('button', { name: en.storyEditor.save }).click();
    await platform.page.waitForURL(`**/stories/${story.id}`);
    await platform.page.getByRole('link', { name: initiative.title, exact: true }).waitFor();
    expect(await platform.page.getByRole('link', { name: initiative.title, exact: true }).getAttribute('href')).toBe(
      `/initiatives/${initiative.id}`,
    );

    const { story: saved } = await graphQLAs<{ story: { initiative: { id: string } | null } }>(
      platform.adminCookie,
      'query ($id: ID!) { story(id: $id) { initiative { id } } }',
      { id: story.id },
    );
    expect(saved.initiative).toEqual({ id: initiative.id });
  });
});
