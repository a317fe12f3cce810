import type { DataSource } from 'typeorm';
import { demoId, rng } from '@best/demo';
import { Campaign } from '../campaigns/campaign.entity';
import { Consent } from '../consents/consent.entity';
import { ConsentChannel } from '../consents/consent.enums';
import { consentCovers } from '../publications/publication.rules';
import { Publication } from '../publications/publication.entity';
import { Story } from '../stories/story.entity';
import { StoryStatus } from '../stories/story.enums';

const DAY = 24 * 60 * 60 * 1000;

/** Fictional campaigns, after the real "I Get You" campaign (2016–2017). */
const CAMPAIGNS = [
  {
    key: 'i-get-you-europe-2017',
    name: 'I Get You — Europe 2017',
    description: 'The European campaign: stories of community building shared across the nine countries.',
    countryCode: null,
    startsOn: '2017-01-09',
    endsOn: '2017-12-15',
  },
  {
    key: 'i-get-you-italia-2017',
    name: 'I Get You — Italia',
    description: 'Storie di accoglienza: the Italian partners share their stories in spring and autumn.',
    countryCode: 'IT',
    startsOn: '2017-02-01',
    endsOn: '2017-11-30',
  },
  {
    key: 'je-te-comprends-2017',
    name: 'Je te comprends',
    description: 'The French partners answer the prejudice about jobs with stories of work and welcome.',
    countryCode: 'FR',
    startsOn: '2017-03-01',
    endsOn: null,
  },
] as const;

/** Where each channel's (fictional) posts live; press and print have no address. */
const ADDRESS: Readonly<Record<ConsentChannel, ((n: string) => string) | null>> = {
  WEBSITE: (n) => `https://igetyou.example.org/stories/${n}`,
  FACEBOOK: (n) => `https://www.facebook.com/IGetYouDemo/posts/${n}`,
  YOUTUBE: (n) => `https://www.youtube.com/watch?v=demo${n}`,
  TWITTER: (n) => `https://x.com/IGetYouDemo/status/${n}`,
  FLICKR: (n) => `https://www.flickr.com/photos/igetyoudemo/${n}`,
  PRESS: null,
  PRINT: null,
};

/** Typical reach per channel: [most views, most shares]. */
const REACH: Readonly<Record<ConsentChannel, [number, number]>> = {
  WEBSITE: [2_500, 120],
  FACEBOOK: [12_000, 900],
  YOUTUBE: [30_000, 650],
  TWITTER: [6_000, 400],
  FLICKR: [1_500, 40],
  PRESS: [40_000, 0],
  PRINT: [5_000, 0],
};

/**
 * Campaigns and publications for the demo: every published story is on each channel its consent
 * covers (so every demo publication passes the rule recordPublication applies), with reach figures,
 * and in the campaign of its country or the European one. Stories withdrawn later keep the
 * publications they had while their consent covered them: one still online (the takedown list is
 * not empty in the demo), the others already taken down.
 */
export async function seedDemoPublications(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Campaign).count()) > 0) return;
  const stories = await dataSource.getRepository(Story).find({ order: { id: 'ASC' } });
  const consents = await dataSource.getRepository(Consent).findBy({});
  const current = new Map(consents.filter((c) => c.supersededAt === null).map((c) => [c.storyId, c]));

  const campaigns = CAMPAIGNS.map((c) => ({ ...c, id: demoId('campaign', c.key), createdBy: 'B.E.S.T. platform' }));
  const campaignFor = (countryCode: string, random: () => number) =>
    campaigns.find((c) => c.countryCode === countryCode)?.id ?? (random() < 0.6 ? campaigns[0].id : null);

  const publications: Partial<Publication>[] = [];
  let stillOnline = false;
  for (const story of stories) {
    const consent = current.get(story.id);
    if (!consent || !story.publishedAt) continue;
    const random = rng(`publications:${story.id}`);
    const withdrawn = story.status === StoryStatus.WITHDRAWN && consent.withdrawnAt !== null;
    const covered = story.status === StoryStatus.PUBLISHED;
    const channels = consent.channels.filter((channel) =>
      covered ? consentCovers(consent, channel) : withdrawn && channel === ConsentChannel.WEBSITE,
    );
    for (const channel of channels) {
      const publishedAt = new Date(story.publishedAt.getTime() + Math.floor(random() * 10) * DAY);
      const [views, shares] = REACH[channel];
      const number = String(1_000_000 + Math.floor(random() * 8_999_999));
      const takenDown = withdrawn && stillOnline;
      publications.push({
        id: demoId('publication', `${story.id}:${channel}`),
        storyId: story.id,
        countryCode: story.countryCode,
        recordedByOrganizationId: story.recordedByOrganizationId,
        channel,
        url: ADDRESS[channel]?.(number) ?? null,
        publishedAt,
        views: Math.floor(views * (0.1 + random() * 0.9)),
        shares: Math.floor(shares * random()),
        campaignId: campaignFor(story.countryCode, random),
        takenDownAt: takenDown && consent.withdrawnAt ? new Date(consent.withdrawnAt.getTime() + 2 * DAY) : null,
        takedownNote: takenDown ? 'Page removed by the website editor after the withdrawal.' : null,
        recordedAt: new Date(publishedAt.getTime() + DAY),
        recordedBy: consent.recordedBy,
      });
      if (withdrawn) stillOnline = true;
    }
  }
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Campaign).insert(campaigns);
    await tx.getRepository(Publication).insert(publications);
  });
}
