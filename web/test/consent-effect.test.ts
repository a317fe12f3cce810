import i18next, { type TFunction } from 'i18next';
import de from '../src/i18n/de.json';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import italian from '../src/i18n/it.json';
import { consentEffect, type ConsentTerms } from '../src/stories/consent-effect';

// The consent record in plain words, as staff read it before publishing (src/stories/consent-effect.ts).

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      en: { translation: en },
      fr: { translation: fr },
      it: { translation: italian },
      de: { translation: de },
    },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});
const tIn = (language: string) => i18n.getFixedT(language) as TFunction;
const day = (iso: string) => iso.slice(0, 10);

const NETWORK_WEB_FACEBOOK: ConsentTerms = {
  scope: 'NETWORK',
  channels: ['WEBSITE', 'FACEBOOK'],
  mayShowName: false,
  mayShowImage: false,
  expiresAt: '2027-03-01T00:00:00.000Z',
};

describe('the effect of a consent in plain words', () => {
  it('says who sees the story, where it may be published, whether name and images are shown, and when it expires', () => {
    expect(consentEffect(NETWORK_WEB_FACEBOOK, tIn('en'), day)).toEqual([
      'Visible to: network partners.',
      'May be published on: website, Facebook.',
      'Name shown: no.',
      'Images of the storyteller: no.',
      'Expires: 2027-03-01.',
    ]);
  });

  it('says yes to name and images, the public audience, and "never" without an expiry', () => {
    const sentences = consentEffect(
      { scope: 'PUBLIC', channels: ['YOUTUBE'], mayShowName: true, mayShowImage: true, expiresAt: null },
      tIn('en'),
      day,
    );
    expect(sentences).toEqual([
      'Visible to: everyone (the public).',
      'May be published on: YouTube.',
      'Name shown: yes.',
      'Images of the storyteller: yes.',
      'Expires: never.',
    ]);
  });

  it('says plainly that a consent covering no channel allows no publication', () => {
    const sentences = consentEffect({ ...NETWORK_WEB_FACEBOOK, scope: 'INTERNAL', channels: [] }, tIn('en'), day);
    expect(sentences.slice(0, 2)).toEqual([
      'Visible to: staff of the organisation that recorded it.',
      'May be published on: no channel.',
    ]);
  });

  it('says first that a withdrawn consent allows nothing any more', () => {
    const sentences = consentEffect({ ...NETWORK_WEB_FACEBOOK, withdrawnAt: '2026-11-02T10:00:00Z' }, tIn('en'), day);
    expect(sentences[0]).toBe('Withdrawn on 2026-11-02: it allows nothing any more.');
    expect(sentences).toHaveLength(6);
  });

  it("is written in the reader's language, with that language's punctuation", () => {
    expect(consentEffect(NETWORK_WEB_FACEBOOK, tIn('fr'), day)).toEqual([
      'Visible par : les partenaires du réseau.',
      'Peut être publié sur : site web, Facebook.',
      'Nom affiché : non.',
      'Images de la personne qui raconte : non.',
      'Expire le : 2027-03-01.',
    ]);
    expect(consentEffect(NETWORK_WEB_FACEBOOK, tIn('it'), day)[0]).toBe('Visibile a: i partner della rete.');
    expect(consentEffect(NETWORK_WEB_FACEBOOK, tIn('de'), day)[2]).toBe('Name sichtbar: nein.');
  });
});
