import { join } from 'node:path';
import { postGraphQL } from '@best/kit/testing';
import en from '@best/web/i18n/en.json';
import { ADMIN, describeInBrowserOrSkip, SCREENSHOTS, usePlatformInBrowser } from './browser-harness';

// The network's working pages in a real browser over the whole platform: the membership pipeline,
// the public proposal form and the intake queue, and the initiative edit form. Each test changes
// its own rows, so they pass in any order.

const COORDINATOR_MT = 'coordinator.mt@best.example';
const MEMBER_MT = 'member@best.example';
const describeInBrowser = describeInBrowserOrSkip();

interface MalteseOrganization {
  id: string;
  name: string;
  version: number;
  allowedMembershipMoves: (keyof typeof en.enums.MembershipStage)[];
  membershipHistory: { id: string }[];
}

describeInBrowser('the network pages in a browser, in front of the whole platform', () => {
  const platform = usePlatformInBrowser();
  const { graphQLAs, signInThroughUi } = platform;

  it('lets the Maltese coordinator move a Maltese organisation one allowed stage, and the history grows', async () => {
    const query = `{ organizations(countryCode: "MT", first: 100) {
      nodes { id name version allowedMembershipMoves membershipHistory { id } } } }`;
    const { organizations } = await graphQLAs<{ organizations: { nodes: MalteseOrganization[] } }>(
      platform.adminCookie,
      query,
    );
    // The first Maltese organisation that can move; the other tests leave organisations alone.
    const organization = organizations.nodes.find((o) => o.allowedMembershipMoves.length > 0);
    if (!organization) throw new Error('The demo data has no Maltese organisation that can move.');
    const toStage = organization.allowedMembershipMoves[0];
    const before = organization.membershipHistory!.length;

    await signInThroughUi(COORDINATOR_MT);
    await platform.page.getByRole('link', { name: en.nav.organizations, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: en.organizations.title }).waitFor();
    await platform.page.getByRole('combobox', { name: en.initiatives.countryLabel }).selectOption('MT');
    await platform.page.waitForURL((url) => url.searchParams.get('country') === 'MT');
    await platform.page
      .locator('.results[aria-busy="false"]')
      .getByRole('link', { name: organization.name, exact: true })
      .click();
    await platform.page.waitForURL(`**/organizations/${organization.id}`);
    await platform.page.getByRole('heading', { level: 1, name: organization.name }).waitFor();

    const history = platform.page.locator('.membership-history > li');
    expect(await history.count()).toBe(before);
    // The coordinator of its country sees the private contact block.
    await platform.page.getByRole('heading', { name: en.organization.contact }).waitFor();

    const form = platform.page.getByRole('form', { name: en.organization.moveTitle });
    await form.getByRole('combobox', { name: en.organization.moveTo }).selectOption(toStage);
    await form.getByRole('textbox', { name: en.organization.reason }).fill('Met their board at the community day.');
    await form.getByRole('button', { name: en.organization.moveSubmit }).click();

    await platform.page.getByTestId('current-stage').filter({ hasText: en.enums.MembershipStage[toStage] }).waitFor();
    await history.nth(before).waitFor();
    expect(await history.count()).toBe(before + 1);
    await platform.page.getByText('Met their board at the community day.').waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'organization-page.png'), fullPage: true });

    const after = await graphQLAs<{ organization: { membershipStage: string; version: number } }>(
      platform.adminCookie,
      'query ($id: ID!) { organization(id: $id) { membershipStage version } }',
      { id: organization.id },
    );
    expect(after.organization.membershipStage).toBe(toStage);
    expect(after.organization.version).toBe(organization.version + 1);
  });

  it('takes a proposal from the public, which the Maltese coordinator then finds in the intake queue and lists', async () => {
    const title = `Harbour walks ${Date.now()}`;
    await platform.page.goto(`${platform.webUrl}/propose`);
    await platform.page.getByRole('heading', { level: 1, name: en.propose.title }).waitFor();
    // The spam trap is out of sight and out of the accessibility tree.
    const trap = await platform.page.locator('input[name="homepage"]').boundingBox();
    expect(trap && trap.x + trap.width <= 0).toBe(true);
    expect(await platform.page.getByRole('textbox', { name: en.propose.honeypot }).count()).toBe(0);

    const form = platform.page.getByRole('form', { name: en.propose.title });
    // Sent without a summary, the server's problem shows next to that field.
    await form.getByLabel(en.propose.fields.title).fill(title);
    await form.getByRole('button', { name: en.propose.submit }).click();
    await form.locator('.field-error').first().waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'propose-errors.png'), fullPage: true });

    await form.getByLabel(en.propose.fields.summary).fill('Locals and newcomers walk the harbour together every week.');
    await form.getByLabel(en.propose.fields.city, { exact: true }).fill('Valletta');
    await form.getByRole('combobox', { name: en.propose.fields.country }).selectOption('MT');
    await form.getByRole('checkbox', { name: en.enums.TargetGroup.NEIGHBOURS }).check();
    await form.getByRole('checkbox', { name: en.enums.Activity.RECREATION }).check();
    await form.getByLabel(en.propose.fields.meetingPlace).fill('Upper Barrakka Gardens');
    await form.getByLabel(en.propose.fields.meetingTimes).fill('Saturdays, 10:00');
    await form.getByLabel(en.propose.fields.organizationName).fill('Harbour Friends');
    // The intake traits come from the current guideline (intakeTraits): every one is answered.
    const traits = form.getByRole('group', { name: en.propose.fields.traits }).getByRole('checkbox');
    await traits.first().waitFor();
    expect(await traits.count()).toBe(4);
    for (const trait of await traits.all()) await trait.check();
    await form.getByRole('button', { name: en.propose.submit }).click();
    await platform.page.getByRole('heading', { name: en.propose.thanksTitle }).waitFor();

    await signInThroughUi(COORDINATOR_MT);
    await platform.page.getByRole('link', { name: en.nav.intake, exact: true }).click();
    const card = platform.page
      .locator('.proposal-card')
      .filter({ has: platform.page.getByRole('heading', { name: title }) });
    await card.waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'intake.png'), fullPage: true });
    // Listing needs every intake trait of the current guideline; the proposer's answers show beside them.
    const list = card.getByRole('button', { name: en.intake.list, exact: true });
    expect(await list.isDisabled()).toBe(true);
    const checks = card.getByRole('group', { name: en.intake.eligibility });
    await checks.getByText(en.intake.proposerSaysYes).first().waitFor();
    await checks.getByRole('checkbox', { name: /fixed meeting place and regular times/ }).waitFor();
    for (const trait of await checks.getByRole('checkbox').all()) await trait.check();
    await list.click();
    await card.waitFor({ state: 'detached' });

    const listed = await graphQLAs<{ initiatives: { nodes: { title: string; listing: string }[] } }>(
      platform.adminCookie,
      'query ($search: String) { initiatives(search: $search, countryCode: "MT") { nodes { title listing } } }',
      { search: title },
    );
    expect(listed.initiatives.nodes).toContainEqual({ title, listing: 'LISTED' });
  });

  it('asks for a reason before declining a proposal', async () => {
    const title = `Kitchen evenings ${Date.now()}`;
    const { intakeTraits } = await graphQLAs<{ intakeTraits: { key: string }[] }>(
      platform.adminCookie,
      '{ intakeTraits { key } }',
      {},
    );
    await postGraphQL(
      platform.stack.gatewayUrl,
      `mutation ($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { proposalId } }`,
      {
        input: {
          title,
          summary: 'Cooking together on Thursday evenings in a parish kitchen.',
          city: 'Sliema',
          countryCode: 'MT',
          targetGroups: ['PARISHIONERS'],
          activities: ['CULTURE'],
          language: 'en',
          proposerRelation: 'NOMINATOR',
          organizationName: 'Parish of Sliema',
          eligibility: intakeTraits.map((t) => ({ trait: t.key, met: true })),
        },
      },
    );
    await signInThroughUi(COORDINATOR_MT);
    await platform.page.goto(`${platform.webUrl}/intake`);
    const card = platform.page
      .locator('.proposal-card')
      .filter({ has: platform.page.getByRole('heading', { name: title }) });
    await card.getByRole('button', { name: en.intake.decline }).click();
    await card.getByText(en.intake.reasonRequired).waitFor();
    await card.getByRole('textbox', { name: en.intake.reason }).fill('It has no regular meeting times yet.');
    await card.getByRole('button', { name: en.intake.decline }).click();
    await card.waitFor({ state: 'detached' });
  });

  it('says someone else saved first when the initiative changed while it was being edited, and reloads', async () => {
    const query = `{ initiatives(first: 100, countryCode: "IT", sort: NEWEST) { nodes { id title version } } }`;
    const { initiatives } = await graphQLAs<{
      initiatives: { nodes: { id: string; title: string; version: number }[] };
    }>(platform.adminCookie, query);
    // An Italian initiative: the other tests change Maltese rows only.
    const initiative = initiatives.nodes[initiatives.nodes.length - 1];

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/initiatives/${initiative.id}`);
    await platform.page.getByRole('link', { name: en.edit.link, exact: true }).click();
    await platform.page.waitForURL(`**/initiatives/${initiative.id}/edit`);
    const form = platform.page.locator('form.edit-form');
    await form.getByLabel(en.edit.fields.meetingTimes).fill('Every Monday, 17:00');

    // Someone else saves first, behind the page's back.
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { version } } }`,
      { input: { id: initiative.id, expectedVersion: initiative.version, meetingPlace: 'The new community centre' } },
    );

    await form.getByRole('button', { name: en.edit.save }).click();
    const alert = platform.page.locator('[data-error-code="CONFLICT"]');
    await alert.getByText(en.forms.conflict).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'edit-conflict.png'), fullPage: true });

    // Reloading shows the other person's change; saving again then works.
    await alert.getByRole('button', { name: en.forms.reload }).click();
    await platform.page.waitForFunction(
      (label) =>
        [...document.querySelectorAll('label')].some(
          (l) =>
            l.textContent === label &&
            (document.getElementById(l.htmlFor) as HTMLInputElement)?.value === 'The new community centre',
        ),
      en.edit.fields.meetingPlace,
    );
    await form.getByLabel(en.edit.fields.meetingTimes).fill('Every Monday, 17:00');
    await form.getByRole('button', { name: en.edit.save }).click();
    await platform.page.waitForURL(`**/initiatives/${initiative.id}`);

    const saved = await graphQLAs<{ initiative: { meetingPlace: string; meetingTimes: string; version: number } }>(
      platform.adminCookie,
      'query ($id: ID!) { initiative(id: $id) { meetingPlace meetingTimes version } }',
      { id: initiative.id },
    );
    expect(saved.initiative).toEqual({
      meetingPlace: 'The new community centre',
      meetingTimes: 'Every Monday, 17:00',
      version: initiative.version + 2,
    });
  });

  it('places the listed initiatives on a map of Europe, and a point opens its page', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives`);
    const points = platform.page.locator('.initiative-map circle');
    await points.first().waitFor();
    expect(await points.count()).toBeGreaterThan(0);
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiatives-map.png') });
    // The last point is drawn on top of any it overlaps.
    const title = await points.last().locator('title').textContent();
    await points.last().click();
    await platform.page.getByRole('heading', { level: 1, name: title!, exact: true }).waitFor();
  });

  it('keeps the list filters and the sort in the address', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives?targetGroup=FAMILIES&sort=NEWEST`);
    await platform.page.getByRole('heading', { level: 1, name: en.initiatives.title }).waitFor();
    expect(await platform.page.getByRole('combobox', { name: en.initiatives.targetGroupLabel }).inputValue()).toBe(
      'FAMILIES',
    );
    expect(await platform.page.getByRole('combobox', { name: en.initiatives.sortLabel }).inputValue()).toBe('NEWEST');
    await platform.page.getByRole('combobox', { name: en.initiatives.activityLabel }).selectOption('SPORTS');
    await platform.page.waitForURL((url) => url.searchParams.get('activity') === 'SPORTS');
    expect(new URL(platform.page.url()).searchParams.get('targetGroup')).toBe('FAMILIES');

    const query = `{ initiatives(targetGroup: FAMILIES, activity: SPORTS) { totalCount } }`;
    const { initiatives } = await graphQLAs<{ initiatives: { totalCount: number } }>('', query);
    const expected = initiatives.totalCount === 1 ? en.initiatives.count_one : en.initiatives.count_other;
    await platform.page
      .locator('.results[aria-busy="false"]')
      .getByRole('status')
      .filter({ hasText: expected.replace('{{count}}', String(initiatives.totalCount)) })
      .waitFor();
  });

  it('lets an organisation member create an initiative, naming an empty title first, and opens its page', async () => {
    const title = `Kitchen of many tongues ${Date.now()}`;
    await signInThroughUi(MEMBER_MT);
    await platform.page.goto(`${platform.webUrl}/initiatives`);
    await platform.page.getByRole('link', { name: en.create.link, exact: true }).click();
    await platform.page.waitForURL('**/initiatives/new');
    // A member creates for their own organisation, which is chosen for them.
    const organization = platform.page.getByRole('combobox', { name: en.create.organization });
    await organization.waitFor();
    const organizationId = await organization.inputValue();
    expect(organizationId).not.toBe('');

    const form = platform.page.locator('form.edit-form');
    await form
      .getByLabel(en.edit.fields.summary, { exact: true })
      .fill('Neighbours and newcomers cook together each week.');
    await form.getByLabel(en.edit.fields.city, { exact: true }).fill('Valletta');
    await form.getByRole('checkbox', { name: en.enums.TargetGroup.NEIGHBOURS }).check();
    await form.getByRole('checkbox', { name: en.enums.Activity.CULTURE }).check();
    await form.getByLabel(en.edit.fields.latitude, { exact: true }).fill('35.8989');
    await form.getByLabel(en.edit.fields.longitude, { exact: true }).fill('14.5146');
    await form.getByLabel(en.edit.fields.startDate, { exact: true }).fill('2026-03-01');
    await form.getByLabel(en.edit.fields.volunteers, { exact: true }).fill('4');
    await form.getByLabel(en.edit.fields.languages, { exact: true }).fill('en, mt, ar');
    await form.getByLabel(en.edit.fields.links, { exact: true }).fill('https://kitchen.example.org');

    // The title is left empty: the server names the field and the form shows it there.
    await form.getByRole('button', { name: en.create.submit, exact: true }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').getByText(en.errors.BAD_USER_INPUT).waitFor();
    const titleBox = form.getByLabel(en.edit.fields.title, { exact: true });
    expect(await titleBox.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await titleBox.getAttribute('aria-describedby'))!;
    expect((await platform.page.locator(`[id="${describedBy}"]`).textContent())!.length).toBeGreaterThan(0);
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'create-initiative-error.png'), fullPage: true });

    await titleBox.fill(title);
    await form.getByRole('button', { name: en.create.submit, exact: true }).click();
    await platform.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    const id = new URL(platform.page.url()).pathname.split('/').pop()!;
    expect(platform.page.url()).toMatch(/\/initiatives\/[0-9a-f-]{36}$/);

    const created = await graphQLAs<{
      initiative: {
        title: string;
        city: string;
        organization: { id: string };
        latitude: number;
        longitude: number;
        startDate: string;
        volunteers: number;
        languages: string[];
        links: string[];
        targetGroups: string[];
        activities: string[];
        listing: string;
      };
    }>(
      platform.adminCookie,
      `query ($id: ID!) { initiative(id: $id) { title city organization { id } latitude longitude startDate volunteers
        languages links targetGroups activities listing } }`,
      { id },
    );
    expect(created.initiative).toEqual({
      title,
      city: 'Valletta',
      organization: { id: organizationId },
      latitude: 35.8989,
      longitude: 14.5146,
      startDate: '2026-03-01',
      volunteers: 4,
      languages: ['en', 'mt', 'ar'],
      links: [expect.stringContaining('kitchen.example.org')],
      targetGroups: ['NEIGHBOURS'],
      activities: ['CULTURE'],
      listing: 'LISTED',
    });
  });

  it('does not offer creating initiatives to the public', async () => {
    await platform.page.goto(`${platform.webUrl}/initiatives`);
    await platform.page.getByRole('heading', { level: 1, name: en.initiatives.title }).waitFor();
    expect(await platform.page.getByRole('link', { name: en.create.link, exact: true }).count()).toBe(0);
    await platform.page.goto(`${platform.webUrl}/initiatives/new`);
    await platform.page.getByText(en.create.notAllowed).waitFor();
  });

  it('lets an admin archive an initiative with a reason, which leaves the list, and restore it', async () => {
    const query = `{ initiatives(first: 100, sort: TITLE) { nodes { id title country { code } } } }`;
    const { initiatives } = await graphQLAs<{
      initiatives: { nodes: { id: string; title: string; country: { code: string } | null }[] };
    }>(platform.adminCookie, query);
    // Not Italian or Maltese: the other tests change those.
    const initiative = initiatives.nodes.find((node) => node.country && !['IT', 'MT'].includes(node.country.code))!;
    expect(initiative).toBeDefined();
    const listLink = platform.page.locator('.results').getByRole('link', { name: initiative.title, exact: true });
    const listed = platform.page.locator('.results[aria-busy="false"]');

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/initiatives?search=${encodeURIComponent(initiative.title)}`);
    await listLink.first().click();
    await platform.page.getByRole('heading', { level: 1, name: initiative.title, exact: true }).waitFor();

    await platform.page.getByRole('button', { name: en.archive.archive, exact: true }).click();
    await platform.page.getByRole('textbox', { name: en.archive.reason }).fill('It has stopped meeting.');
    await platform.page.getByRole('button', { name: en.archive.confirm, exact: true }).click();
    await platform.page.getByText(en.archive.archived).waitFor();
    await platform.page.screenshot({ path: join(SCREENSHOTS, 'initiative-archived.png'), fullPage: true });
    const archived = await graphQLAs<{ initiative: { listing: string; archiveReason: string } }>(
      platform.adminCookie,
      'query ($id: ID!) { initiative(id: $id) { listing archiveReason } }',
      { id: initiative.id },
    );
    expect(archived.initiative).toEqual({ listing: 'ARCHIVED', archiveReason: 'It has stopped meeting.' });

    // Back to the same list: it asks again and the archived initiative is gone.
    await platform.page.goBack();
    await listed.getByRole('status').waitFor();
    expect(await listLink.count()).toBe(0);

    await platform.page.goForward();
    await platform.page.getByRole('button', { name: en.archive.restore, exact: true }).click();
    await platform.page.getByRole('button', { name: en.archive.archive, exact: true }).waitFor();
    await platform.page.goBack();
    await listLink.first().waitFor();
  });

  it('says someone else saved first when the initiative was archived elsewhere', async () => {
    const query = `{ initiatives(first: 100, sort: NEWEST) { nodes { id title version country { code } } } }`;
    const { initiatives } = await graphQLAs<{
      initiatives: { nodes: { id: string; title: string; version: number; country: { code: string } | null }[] };
    }>(platform.adminCookie, query);
    const initiative = initiatives.nodes.find((node) => node.country && !['IT', 'MT'].includes(node.country.code))!;

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/initiatives/${initiative.id}`);
    await platform.page.getByRole('heading', { level: 1, name: initiative.title, exact: true }).waitFor();
    await graphQLAs(
      platform.adminCookie,
      `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { version } } }`,
      { input: { id: initiative.id, expectedVersion: initiative.version, meetingTimes: 'Every Friday, 18:00' } },
    );
    await platform.page.getByRole('button', { name: en.archive.archive, exact: true }).click();
    await platform.page.getByRole('button', { name: en.archive.confirm, exact: true }).click();
    const alert = platform.page.locator('[data-error-code="CONFLICT"]');
    await alert.getByText(en.forms.conflict).waitFor();
    expect(
      (
        await graphQLAs<{ initiative: { listing: string } }>(
          platform.adminCookie,
          'query ($id: ID!) { initiative(id: $id) { listing } }',
          {
            id: initiative.id,
          },
        )
      ).initiative.listing,
    ).toBe('LISTED');
  });

  it('edits the languages, links, dates and figures, showing a wrong language code under its box', async () => {
    const query = `{ initiatives(first: 100, sort: TITLE) { nodes { id title country { code } } } }`;
    const { initiatives } = await graphQLAs<{
      initiatives: { nodes: { id: string; title: string; country: { code: string } | null }[] };
    }>(platform.adminCookie, query);
    // The last of its order outside Italy and Malta: the other tests change other rows.
    const initiative = initiatives.nodes
      .filter((node) => node.country && !['IT', 'MT'].includes(node.country.code))
      .pop()!;

    await signInThroughUi(ADMIN);
    await platform.page.goto(`${platform.webUrl}/initiatives/${initiative.id}/edit`);
    const form = platform.page.locator('form.edit-form');
    const languages = form.getByLabel(en.edit.fields.languages, { exact: true });
    await languages.fill('fr, english');
    await form.getByLabel(en.edit.fields.volunteers, { exact: true }).fill('7');
    await form.getByLabel(en.edit.fields.endDate, { exact: true }).fill('2030-06-30');
    await form
      .getByLabel(en.edit.fields.links, { exact: true })
      .fill('https://one.example.org\nhttps://two.example.org');
    await form.getByRole('button', { name: en.edit.save }).click();
    await form.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await languages.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(en.edit.fields.volunteers, { exact: true }).getAttribute('aria-invalid')).toBeNull();

    await languages.fill('fr, nl');
    await form.getByRole('button', { name: en.edit.save }).click();
    await platform.page.waitForURL(`**/initiatives/${initiative.id}`);
    const saved = await graphQLAs<{
      initiative: { languages: string[]; volunteers: number; endDate: string; links: string[] };
    }>(platform.adminCookie, 'query ($id: ID!) { initiative(id: $id) { languages volunteers endDate links } }', {
      id: initiative.id,
    });
    expect(saved.initiative).toEqual({
      languages: ['fr', 'nl'],
      volunteers: 7,
      endDate: '2030-06-30',
      links: [expect.stringContaining('one.example.org'), expect.stringContaining('two.example.org')],
    });
  });
});
