import type { TFunction } from 'i18next';
import type en from '../i18n/en.json';

export type ConsentScopeValue = keyof typeof en.enums.ConsentScope;
export type ConsentChannelValue = keyof typeof en.enums.ConsentChannel;

/** What a consent allows, as the server sends it (the fields the effect depends on). */
export interface ConsentTerms {
  scope: ConsentScopeValue;
  channels: readonly ConsentChannelValue[];
  mayShowName: boolean;
  mayShowImage: boolean;
  /** ISO date-time, or null when it never expires. */
  expiresAt: string | null;
  /** ISO date-time when it was withdrawn; null or absent while it holds. */
  withdrawnAt?: string | null;
}

/**
 * A consent's effect in plain words, one short sentence per rule, in the language of `t`:
 * "Visible to: network partners." "May be published on: website, Facebook." "Name shown: no."
 * "Images of the storyteller: no." "Expires: 1 March 2027." Staff read this before publishing, so it
 * says what the storyteller agreed to, not how the record is stored. The channels keep the order
 * the server gives; a withdrawn consent says first that it allows nothing any more.
 */
export function consentEffect(consent: ConsentTerms, t: TFunction, formatDate: (iso: string) => string): string[] {
  const yesNo = (value: boolean) => (value ? t('consentEffect.yes') : t('consentEffect.no'));
  const sentences: string[] = [];
  if (consent.withdrawnAt) sentences.push(t('consentEffect.withdrawn', { date: formatDate(consent.withdrawnAt) }));
  sentences.push(t('consentEffect.visibleTo', { who: t(`consentEffect.audience.${consent.scope}`) }));
  sentences.push(
    consent.channels.length
      ? t('consentEffect.channels', {
          channels: consent.channels.map((channel) => t(`enums.ConsentChannel.${channel}`)).join(', '),
        })
      : t('consentEffect.noChannels'),
  );
  sentences.push(t('consentEffect.name', { answer: yesNo(consent.mayShowName) }));
  sentences.push(t('consentEffect.images', { answer: yesNo(consent.mayShowImage) }));
  sentences.push(
    consent.expiresAt
      ? t('consentEffect.expires', { date: formatDate(consent.expiresAt) })
      : t('consentEffect.neverExpires'),
  );
  return sentences;
}
