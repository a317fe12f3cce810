import type { ConsentChannel } from '../consents/consent.enums';

/** Channel names as people say them, for messages. */
export const CHANNEL_NAMES: Readonly<Record<ConsentChannel, string>> = {
  WEBSITE: 'the website',
  FACEBOOK: 'Facebook',
  YOUTUBE: 'YouTube',
  TWITTER: 'Twitter/X',
  FLICKR: 'Flickr',
  PRESS: 'the press',
  PRINT: 'print',
};

/**
 * Whether a consent allows a story on `channel` now: current (not superseded), neither withdrawn nor
 * expired, and naming the channel. The scope decides who reads the story on the platform; the channels
 * are where the storyteller agreed it may be published (a NETWORK consent may still name Facebook,
 * an INTERNAL one names none: recordConsent refuses it). The same rule decides, in SQL, which
 * publications are to be taken down (`stillCoveredSql`).
 */
export function consentCovers(
  consent: {
    channels: readonly string[];
    withdrawnAt: Date | null;
    expiresAt: Date | null;
    supersededAt: Date | null;
  },
  channel: ConsentChannel,
  now = new Date(),
): boolean {
  return (
    consent.supersededAt === null &&
    consent.withdrawnAt === null &&
    (consent.expiresAt === null || consent.expiresAt > now) &&
    consent.channels.includes(channel)
  );
}

/**
 * SQL: the publication `alias` may stay online — its story still exists, is not withdrawn, and has a
 * current consent that covers the publication's channel (`consentCovers`, evaluated with now()).
 */
export function stillCoveredSql(alias: string): string {
  return `EXISTS (
      SELECT 1 FROM story covered_story
      JOIN consent covered_consent ON covered_consent.story_id = covered_story.id
      WHERE covered_story.id = ${alias}.story_id
        AND covered_story.status <> 'WITHDRAWN'
        AND covered_consent.superseded_at IS NULL
        AND covered_consent.withdrawn_at IS NULL
        AND (covered_consent.expires_at IS NULL OR covered_consent.expires_at > now())
        AND ${alias}.channel = ANY(covered_consent.channels))`;
}
