import type { DataSource } from 'typeorm';
import { DEMO_STAFF, demoId, demoNetwork, pickSome, rng } from '@best/demo';
import { Consent } from '../consents/consent.entity';
import { ConsentChannel, ConsentGiver, ConsentScope } from '../consents/consent.enums';
import { Story } from '../stories/story.entity';
import { StoryStatus } from '../stories/story.enums';
import { demoRecordingOrganizationId } from './demo-recording-organizations';
import { DEMO_STORIES, type DemoStory } from './demo-stories';
import { seedDemoPublications } from './demo-publications';
import { seedDemoTranslations } from './demo-translations';
import { seedDemoMedia } from './demo-media';

const DAY = 24 * 60 * 60 * 1000;
const FIRST_PUBLICATION = Date.UTC(2017, 0, 9);
const LAST_PUBLICATION = Date.UTC(2017, 10, 24);

/** Staff who record consent, by country (fictional, from the demo staff list). */
const RECORDER: Readonly<Record<string, string>> = {
  IT: 'Giulia Esempio',
  FR: 'Camille Exemple',
  DE: 'Erika Musterfrau',
  BE: 'Jan Voorbeeld',
  ES: 'Lucía Ejemplo',
  PT: 'Joana Exemplo',
  HR: 'Ivana Primjer',
};
const recorderFor = (countryCode: string) => DEMO_STAFF.find((name) => name === RECORDER[countryCode]) ?? DEMO_STAFF[0];

const PUBLIC_CHANNELS = [
  ConsentChannel.FACEBOOK,
  ConsentChannel.YOUTUBE,
  ConsentChannel.TWITTER,
  ConsentChannel.FLICKR,
  ConsentChannel.PRESS,
  ConsentChannel.PRINT,
];

const WITHDRAWAL_REASON =
  'The storyteller asked for the story to be taken down. No reason is needed and none was asked.';

/**
 * Loads forty fictional stories with their consent into an empty database: most published with public
 * consent, the others hidden for each of the reasons the visibility rule knows.
 */
export async function seedStoriesDemo(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Story).count()) > 0) return seedDemoTranslations(dataSource);
  const network = demoNetwork();
  const rows = DEMO_STORIES.map((seed) =>
    buildRows(
      seed,
      seed.initiative == null ? null : network.initiatives[seed.initiative],
      demoRecordingOrganizationId(seed, network),
    ),
  );
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Story).insert(rows.map((r) => r.story));
    await tx.getRepository(Consent).insert(rows.flatMap((r) => r.consents));
  });
  await seedDemoTranslations(dataSource);
  await seedDemoPublications(dataSource);
  await seedDemoMedia(dataSource);
}

function buildRows(
  seed: DemoStory,
  initiative: { id: string; countryCode: string } | null,
  recordedByOrganizationId: string,
) {
  const random = rng(`story:${seed.key}`);
  const days = (min: number, max: number) => (min + Math.floor(random() * (max - min + 1))) * DAY;
  const countryCode = initiative?.countryCode ?? seed.countryCode;
  if (!countryCode) throw new Error(`Demo story ${seed.key} has neither an initiative nor a country`);
  const status = seed.status ?? (seed.consent === 'WITHDRAWN' ? StoryStatus.WITHDRAWN : StoryStatus.PUBLISHED);

  const published = FIRST_PUBLICATION + Math.floor(random() * (LAST_PUBLICATION - FIRST_PUBLICATION));
  const givenAt = published - days(10, 45);
  const earlierGivenAt = seed.earlierScope ? givenAt - days(90, 200) : null;
  const createdAt = (earlierGivenAt ?? givenAt) - days(3, 20);
  const wasPublished = [StoryStatus.PUBLISHED, StoryStatus.WITHDRAWN, StoryStatus.ARCHIVED].includes(status);
  const withdrawnAt = seed.consent === 'WITHDRAWN' ? published + days(60, 240) : null;
  const storyId = demoId('story', seed.key);

  const story: Partial<Story> = {
    id: storyId,
    title: seed.title,
    text: seed.text,
    summary: seed.summary,
    language: seed.language,
    kind: seed.kind,
    displayName: seed.displayName,
    storytellerRole: seed.role,
    isMinor: seed.minor ?? false,
    themes: seed.themes,
    initiativeId: initiative?.id ?? null,
    countryCode,
    recordedByOrganizationId,
    status,
    publishedAt: wasPublished ? new Date(published) : null,
    createdAt: new Date(createdAt),
    updatedAt: new Date(withdrawnAt ?? (wasPublished ? published : givenAt)),
  };

  const minor = seed.minor ?? false;
  const scope =
    seed.consent === 'NETWORK' || seed.consent === 'INTERNAL' ? ConsentScope[seed.consent] : ConsentScope.PUBLIC;
  const year = new Date(givenAt).getUTCFullYear();
  const common = {
    storyId,
    forMinor: minor,
    givenBy: minor ? ConsentGiver.GUARDIAN : ConsentGiver.STORYTELLER,
    recordedBy: recorderFor(countryCode),
  };
  const current: Partial<Consent> = {
    ...common,
    id: demoId('consent', seed.key),
    givenAt: new Date(givenAt),
    recordedAt: new Date(givenAt + days(0, 3)),
    scope,
    channels:
      scope !== ConsentScope.PUBLIC
        ? []
        : minor
          ? [ConsentChannel.WEBSITE]
          : [ConsentChannel.WEBSITE, ...pickSome(random, PUBLIC_CHANNELS, 1, 4)],
    mayShowName: seed.showName ?? false,
    mayShowImage: !minor && scope === ConsentScope.PUBLIC && random() < 0.5,
    expiresAt:
      seed.consent === 'EXPIRED'
        ? new Date(givenAt + 730 * DAY)
        : seed.consent === 'PUBLIC_UNTIL_LATER'
          ? new Date(givenAt + 20 * 365 * DAY)
          : null,
    evidenceReference: `consent-forms/${countryCode.toLowerCase()}/${year}/${seed.key}.pdf`,
    withdrawnAt: withdrawnAt ? new Date(withdrawnAt) : null,
    withdrawalReason: withdrawnAt ? WITHDRAWAL_REASON : null,
    supersededAt: null,
  };
  const consents = [current];
  if (seed.earlierScope && earlierGivenAt) {
    consents.unshift({
      ...common,
      id: demoId('consent', `${seed.key}:earlier`),
      givenAt: new Date(earlierGivenAt),
      recordedAt: new Date(earlierGivenAt + days(0, 3)),
      scope: ConsentScope[seed.earlierScope],
      channels: [],
      mayShowName: false,
      mayShowImage: false,
      expiresAt: null,
      evidenceReference: `consent-forms/${countryCode.toLowerCase()}/${new Date(earlierGivenAt).getUTCFullYear()}/${seed.key}-earlier.pdf`,
      withdrawnAt: null,
      withdrawalReason: null,
      supersededAt: new Date(givenAt),
    });
  }
  return { story, consents };
}
