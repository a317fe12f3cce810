import en from '@best/web/i18n/en.json';
import type { Request } from 'playwright-core';
import { ADMIN, describeInBrowserOrSkip, usePlatformInBrowser } from './browser-harness';
import { createStory, fill, uploadPng, waitForValue } from './story-test-helpers';

// The story pages' forms in a real browser over the whole platform: a campaign and a photo's caption
// saved after a colleague saved first (the conflict, the reload, saving again on top), and the
// initiative picker of the page that creates a story. Each test makes what it needs through the API
// (as admin), so they pass in any order.

const describeInBrowser = describeInBrowserOrSkip();

describeInBrowser(
  'the story pages’ forms in a browser: conflicts on campaigns and captions, the picker on creation',
  () => {
    const platform = usePlatformInBrowser();
    const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) =>
      platform.graphQLAs<T>(platform.adminCookie, query, variables);

    it('says so when a colleague saved a campaign first, reloads their values, and saves on top keeping both changes', async () => {
      const name = `Autumn voices ${Date.now()}`;
      const { createCampaign } = await asAdmin<{ createCampaign: { campaign: { id: string; version: number } } }>(
        'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id version } } }',
        { input: { name, countryCode: 'PT', startsOn: '2026-09-01', description: 'Stories told at the market.' } },
      );
      const campaignId = createCampaign.campaign.id;
      const campaignNow = async () =>
        (
          await asAdmin<{ campaign: Record<string, unknown> }>(
            'query ($id: ID!) { campaign(id: $id) { name description startsOn endsOn } }',
            { id: campaignId },
          )
        ).campaign;

      await platform.signInThroughUi(ADMIN);
      await platform.page.goto(`${platform.webUrl}/stories/publications`);
      await platform.page.getByRole('button', { name: fill(en.campaign.editNamed, { name }) }).click();
      const form = platform.page.getByRole('form', { name: fill(en.campaign.editTitle, { name }) });
      const renamed = `${name} (renamed)`;
      await form.getByLabel(en.publications.campaignName).fill(renamed);

      // A colleague changes the description and the last day first, behind the page's back.
      await asAdmin(
        'mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { version } } }',
        {
          input: {
            campaignId,
            expectedVersion: createCampaign.campaign.version,
            description: 'Stories told on the radio.',
            endsOn: '2026-11-30',
          },
        },
      );
      await form.getByRole('button', { name: en.campaign.save }).click();
      const alert = form.locator('[data-error-code="CONFLICT"]');
      await alert.getByText(en.forms.conflict).waitFor();
      // Refused: the new name was not saved over the colleague's change.
      expect(await campaignNow()).toEqual({
        name,
        description: 'Stories told on the radio.',
        startsOn: '2026-09-01',
        endsOn: '2026-11-30',
      });

      await alert.getByRole('button', { name: en.forms.reload }).click();
      // The form starts again from what the colleague saved, without the message.
      await waitForValue(
        platform.page,
        form.getByLabel(en.publications.campaignDescription),
        'Stories told on the radio.',
      );
      expect(await form.getByLabel(en.publications.endsOn).inputValue()).toBe('2026-11-30');
      expect(await form.getByLabel(en.publications.campaignName).inputValue()).toBe(name);
      expect(await form.locator('[data-error-code]').count()).toBe(0);

      await form.getByLabel(en.publications.campaignName).fill(renamed);
      await form.getByRole('button', { name: en.campaign.save }).click();
      await form.waitFor({ state: 'detached' });
      const list = platform.page.locator('.campaign-list');
      await list.getByRole('heading', { name: renamed }).waitFor();
      await list.getByText('Stories told on the radio.').waitFor();

      expect(await campaignNow()).toEqual({
        name: renamed,
        description: 'Stories told on the radio.',
        startsOn: '2026-09-01',
        endsOn: '2026-11-30',
      });
    });

    it('says so when a colleague changed a photo first, reloads their text alternative, and saves the caption on top', async () => {
      const story = await createStory(
        platform.stack.gatewayUrl,
        platform.adminCookie,
        `Harbour portraits ${Date.now()}`,
      );
      const media = await uploadPng(platform.stack.gatewayUrl, platform.adminCookie, story.id, {
        caption: 'The harbour at noon.',
        altText: 'Boats in a small harbour.',
      });
      const mediaNow = async () =>
        (
          await asAdmin<{ story: { media: { id: string; caption: string; altText: string }[] } }>(
            'query ($id: ID!) { story(id: $id) { media(includeWithheld: true) { id caption altText } } }',
            { id: story.id },
          )
        ).story.media;

      await platform.signInThroughUi(ADMIN);
      await platform.page.goto(`${platform.webUrl}/stories/${story.id}/edit`);
      // The story has this one photo.
      const item = platform.page.locator('.media-gallery li');
      await item.getByText('The harbour at noon.').waitFor();
      await item.getByRole('button', { name: en.media.edit }).click();
      const form = item.getByRole('form', { name: en.media.editTitle });
      await form.getByLabel(en.media.caption).fill('The harbour on a Sunday.');

      // A colleague describes the photo better first, behind the page's back.
      await asAdmin(
        'mutation ($input: UpdateStoryMediaInput!) { updateStoryMedia(input: $input) { media { version } } }',
        {
          input: {
            mediaId: media.id,
            expectedVersion: media.version,
            altText: 'Fishing boats moored in a small harbour.',
          },
        },
      );
      await form.getByRole('button', { name: en.media.save }).click();
      const alert = form.locator('[data-error-code="CONFLICT"]');
      await alert.getByText(en.forms.conflict).waitFor();
      expect(await mediaNow()).toEqual([
        { id: media.id, caption: 'The harbour at noon.', altText: 'Fishing boats moored in a small harbour.' },
      ]);

      await alert.getByRole('button', { name: en.forms.reload }).click();
      // The form starts again from what the colleague saved, without the message.
      await waitForValue(platform.page, form.getByLabel(en.media.altText), 'Fishing boats moored in a small harbour.');
      expect(await form.getByLabel(en.media.caption).inputValue()).toBe('The harbour at noon.');
      expect(await form.locator('[data-error-code]').count()).toBe(0);

      await form.getByLabel(en.media.caption).fill('The harbour on a Sunday.');
      await form.getByRole('button', { name: en.media.save }).click();
      await form.waitFor({ state: 'detached' });
      await item.getByText('The harbour on a Sunday.').waitFor();
      await item.getByRole('img', { name: 'Fishing boats moored in a small harbour.' }).waitFor();

      expect(await mediaNow()).toEqual([
        { id: media.id, caption: 'The harbour on a Sunday.', altText: 'Fishing boats moored in a small harbour.' },
      ]);
    });

    it('picks an initiative of the chosen country while creating a story, where Enter in its search box searches and does not create', async () => {
      const { initiatives } = await asAdmin<{ initiatives: { nodes: { id: string; title: string }[] } }>(
        'query { initiatives(countryCode: "PT", first: 1) { nodes { id title } } }',
      );
      const initiative = initiatives.nodes[0]!;
      // An initiative of another country, which no Portuguese initiative matches.
      const { initiatives: maltese } = await asAdmin<{ initiatives: { nodes: { title: string }[] } }>(
        'query { initiatives(countryCode: "MT", first: 1) { nodes { title } } }',
      );
      const elsewhere = maltese.nodes[0]!.title;
      const { initiatives: portugueseMatches } = await asAdmin<{ initiatives: { totalCount: number } }>(
        'query ($search: String) { initiatives(countryCode: "PT", search: $search, first: 1) { totalCount } }',
        { search: elsewhere },
      );
      expect(portugueseMatches.totalCount).toBe(0);
      const title = `Football on Fridays ${Date.now()}`;
      // Every story created by the page goes out as this mutation: none may leave before the button.
      const creations: Request[] = [];
      platform.page.on('request', (request) => {
        if (request.method() === 'POST' && (request.postData() ?? '').includes('CreateStoryMutation'))
          creations.push(request);
      });

      await platform.signInThroughUi(ADMIN);
      await platform.page.goto(`${platform.webUrl}/stories/new`);
      const form = platform.page.getByRole('form', { name: en.storyEditor.createTitle });
      await form.getByLabel(en.storyEditor.fields.title, { exact: true }).fill(title);
      await form.getByLabel(en.storyEditor.fields.text, { exact: true }).fill('We play football every Friday.');
      await form.getByRole('combobox', { name: en.storyEditor.fields.language }).selectOption('en');
      // The picker waits for the story's country.
      await form.getByText(en.initiativePicker.chooseCountryFirst).waitFor();
      await form.getByRole('combobox', { name: en.storyEditor.fields.countryCode }).selectOption('PT');

      const search = form.getByLabel(en.initiativePicker.search);
      // Only the initiatives of the story's country are offered.
      await search.fill(elsewhere);
      await search.press('Enter');
      await form.getByRole('status').getByText(en.initiativePicker.noResults).waitFor();
      expect(await form.getByRole('button', { name: elsewhere }).count()).toBe(0);
      expect(new URL(platform.page.url()).pathname).toBe('/stories/new');

      await search.fill(initiative.title);
      await search.press('Enter');
      const found = form
        .getByRole('list', { name: en.initiativePicker.results })
        .getByRole('button', { name: initiative.title })
        .first();
      await found.waitFor();
      // Enter searched: the page is still the creation form and nothing was sent to create the story.
      expect(new URL(platform.page.url()).pathname).toBe('/stories/new');
      expect(creations).toHaveLength(0);
      expect(await form.locator('[data-error-code]').count()).toBe(0);

      await found.click();
      await form
        .getByTestId('chosen-initiative')
        .getByText(fill(en.initiativePicker.chosen, { title: initiative.title }))
        .waitFor();
      // Enter again, now with the initiative chosen: still no story.
      await search.press('Enter');
      // A round trip through the page after the key: a submission would have sent its request by then.
      await platform.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      await found.waitFor();
      expect(creations).toHaveLength(0);
      expect(new URL(platform.page.url()).pathname).toBe('/stories/new');

      await form.getByRole('button', { name: en.storyEditor.create, exact: true }).click();
      await platform.page.waitForURL(/\/stories\/[0-9a-f-]{36}\/edit$/);
      expect(creations).toHaveLength(1);
      const id = new URL(platform.page.url()).pathname.split('/')[2]!;

      await platform.page.goto(`${platform.webUrl}/stories/${id}`);
      await platform.page.getByRole('heading', { level: 1, name: title }).waitFor();
      const link = platform.page.getByRole('link', { name: initiative.title, exact: true });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/initiatives/${initiative.id}`);

      const { story } = await asAdmin<{
        story: { title: string; country: { code: string }; initiative: { id: string } | null };
      }>('query ($id: ID!) { story(id: $id) { title country { code } initiative { id } } }', { id });
      expect(story).toEqual({ title, country: { code: 'PT' }, initiative: { id: initiative.id } });
    });
  },
);
