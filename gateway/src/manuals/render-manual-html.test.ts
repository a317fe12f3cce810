import type { Manual, ManualBestPractice, ManualChapter, ManualStory, ManualWorkshopOutcome } from './manual.operation';
import { manualSlug } from './printable-manual';
import { renderManualHtml } from './render-manual-html';

/** A manual as `ManualForPrint` returns it: one builder per level, each with overrides. */
const story = (over: Partial<ManualStory> = {}): ManualStory => ({
  id: 'story-public',
  title: 'A key on the first evening',
  summary: 'Neighbours who lent their flat.',
  text: 'We arrived in November.\n\nThe first evening, a neighbour gave us a key.',
  language: 'it',
  storytellerName: 'Amina',
  status: 'PUBLISHED',
  publishedAt: '2026-05-01T10:00:00.000Z',
  consent: { scope: 'PUBLIC', channels: ['WEBSITE', 'PRINT'], withdrawnAt: null, expiresAt: null },
  translations: [],
  ...over,
});

const outcome = (over: Partial<ManualWorkshopOutcome> = {}): ManualWorkshopOutcome => ({
  id: 'outcome-lesson',
  kind: 'LESSON_LEARNED',
  text: 'Cooking together lowers the first barrier faster than any talk.',
  workshop: {
    id: 'w1',
    title: 'National workshop Bari',
    city: 'Bari',
    startsOn: '2026-03-12',
    country: { name: 'Italy' },
  },
  ...over,
});

const practice = (id: string, over: Partial<ManualBestPractice> = {}): ManualBestPractice => ({
  id,
  countryCode: 'IT',
  whatWorks: `What works in ${id}.`,
  lessons: `Lessons of ${id}.`,
  transferability: `Transfer ${id} like this.`,
  themes: ['cooking'],
  approvedAt: '2026-06-01T00:00:00.000Z',
  edition: { id: 'e1', title: 'Premio B.E.S.T. Italia 2026', year: 2026, country: { code: 'IT', name: 'Italy' } },
  initiative: {
    id: `initiative-${id}`,
    title: `Initiative ${id}`,
    summary: 'Locals and newcomers cook once a week.',
    city: 'Bari',
    meetingPlace: 'Parish hall',
    country: { code: 'IT', name: 'Italy' },
    organization: { name: 'Cucina Comune' },
    challenge: 'Isolation of newcomers.',
    goals: 'Friendships across groups.',
    howItWorks: 'Weekly dinners.',
    beneficiaries: 'Families.',
    results: '40 regular guests.',
    evaluation: 'Surveys twice a year.',
    funding: 'Municipality grant.',
    participantsLocals: 25,
    participantsMigrants: 15,
    volunteers: 6,
    stories: [story()],
    workshopOutcomes: [outcome()],
  },
  ...over,
});

const chapter = (position: number, bestPractices: ManualBestPractice[], over: Partial<ManualChapter> = {}) => ({
  position,
  title: `Chapter title ${position}`,
  introduction: `Introduction of chapter ${position}.`,
  theme: null,
  bestPractices,
  ...over,
});

const manual = (over: Partial<Manual> = {}): Manual => ({
  id: '6f1d2f7e-3f0b-4c52-9a57-0a4f0c1f3a11',
  title: 'Bringing people together',
  introduction: 'Why this manual.\n\nHow to read it.',
  language: 'en',
  status: 'PUBLISHED',
  publishedAt: '2026-07-01T00:00:00.000Z',
  updatedAt: '2026-07-01T00:00:00.000Z',
  version: 2,
  chapters: [chapter(1, [practice('bp-1')])],
  ...over,
});

const NOW = new Date('2026-12-01T00:00:00.000Z');
const render = (m: Manual) => renderManualHtml(m, { now: NOW });

describe('renderManualHtml', () => {
  it('escapes hostile text everywhere, so nothing in a manual can become markup or a script', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const html = render(
      manual({
        title: hostile,
        introduction: hostile,
        chapters: [
          chapter(1, [
            practice('bp-1', {
              whatWorks: hostile,
              initiative: {
                ...practice('bp-1').initiative,
                title: hostile,
                organization: { name: hostile },
                stories: [story({ title: hostile, text: hostile, storytellerName: hostile, language: '"><b>' })],
                workshopOutcomes: [outcome({ text: hostile })],
              },
            }),
          ]),
        ],
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('lang="&quot;&gt;&lt;b&gt;"');
  });

  it('is one self-contained document in the manual language, with a print stylesheet and no external resource', () => {
    const html = render(manual({ language: 'de' }));
    expect(html.startsWith('<!DOCTYPE html><html lang="de">')).toBe(true);
    expect(html).toContain('<meta charSet="utf-8"/>');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toMatch(/\.chapter \{ break-before: page;/);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('prints chapters in position order, with a table of contents linking each chapter and practice', () => {
    const html = render(
      manual({
        chapters: [
          chapter(3, [practice('bp-3')]),
          chapter(1, [practice('bp-1a'), practice('bp-1b')]),
          chapter(2, [practice('bp-2')]),
        ],
      }),
    );
    const order = (needle: RegExp) => [...html.matchAll(needle)].map((m) => m[1]);
    expect(order(/<section class="chapter" id="chapter-(\d)"/g)).toEqual(['1', '2', '3']);
    expect(order(/<article class="practice" id="(chapter-\d-practice-[\w-]+)"/g)).toEqual([
      'chapter-1-practice-bp-1a',
      'chapter-1-practice-bp-1b',
      'chapter-2-practice-bp-2',
      'chapter-3-practice-bp-3',
    ]);
    const contents = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect([...contents.matchAll(/href="#(chapter-\d)"/g)].map((m) => m[1])).toEqual([
      'chapter-1',
      'chapter-2',
      'chapter-3',
    ]);
    expect([...contents.matchAll(/href="#(chapter-\d-practice-[\w-]+)"/g)].map((m) => m[1])).toEqual([
      'chapter-1-practice-bp-1a',
      'chapter-1-practice-bp-1b',
      'chapter-2-practice-bp-2',
      'chapter-3-practice-bp-3',
    ]);
    expect(html).toContain('Chapter 2');
    expect(html).toContain('What works in bp-2.');
    expect(html).toContain('Transfer bp-3 like this.');
  });

  it('gives a best practice printed in two chapters a distinct anchor in each, every link reaching exactly one', () => {
    const html = render(
      manual({ chapters: [chapter(1, [practice('bp-1'), practice('bp-2')]), chapter(2, [practice('bp-1')])] }),
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['chapter-1-practice-bp-1', 'chapter-2-practice-bp-1', 'chapter-1-practice-bp-2']),
    );
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      'chapter-1',
      'chapter-1-practice-bp-1',
      'chapter-1-practice-bp-2',
      'chapter-2',
      'chapter-2-practice-bp-1',
    ]);
    for (const link of links) expect(ids.filter((id) => id === link)).toHaveLength(1);
  });

  it('prints only published stories whose current consent is public, covers print, and is neither withdrawn nor expired', () => {
    const stories = [
      story({ id: 'public-story', title: 'Printed story' }),
      story({
        id: 'print-only-story',
        title: 'Story consented for print alone',
        consent: { scope: 'PUBLIC', channels: ['PRINT'], withdrawnAt: null, expiresAt: null },
      }),
      story({
        id: 'web-only-story',
        title: 'Story consented for the website and the press',
        consent: { scope: 'PUBLIC', channels: ['WEBSITE', 'PRESS'], withdrawnAt: null, expiresAt: null },
      }),
      story({
        id: 'network-story',
        title: 'Network story',
        consent: { scope: 'NETWORK', channels: ['PRINT'], withdrawnAt: null, expiresAt: null },
      }),
      story({
        id: 'internal-story',
        title: 'Internal story',
        consent: { scope: 'INTERNAL', channels: [], withdrawnAt: null, expiresAt: null },
      }),
      story({
        id: 'withdrawn-story',
        title: 'Withdrawn story',
        consent: { scope: 'PUBLIC', channels: ['PRINT'], withdrawnAt: '2026-11-01T00:00:00.000Z', expiresAt: null },
      }),
      story({
        id: 'expired-story',
        title: 'Expired story',
        consent: { scope: 'PUBLIC', channels: ['PRINT'], withdrawnAt: null, expiresAt: '2026-11-30T00:00:00.000Z' },
      }),
      story({
        id: 'lasting-story',
        title: 'Story consented until next year',
        consent: { scope: 'PUBLIC', channels: ['PRINT'], withdrawnAt: null, expiresAt: '2027-01-01T00:00:00.000Z' },
      }),
      story({ id: 'draft-story', title: 'Draft story', status: 'APPROVED' }),
      story({ id: 'no-consent-story', title: 'Story without consent', consent: null }),
    ];
    const html = render(
      manual({
        chapters: [chapter(1, [practice('bp-1', { initiative: { ...practice('bp-1').initiative, stories } })])],
      }),
    );
    const printed = [...html.matchAll(/data-story-id="([\w-]+)"/g)].map((m) => m[1]);
    expect(printed).toEqual(['public-story', 'print-only-story', 'lasting-story']);
    expect(html).toContain('Printed story');
    expect(html).toContain('Told by Amina');
    expect(html).toContain('<figure class="story" lang="it"');
    for (const hidden of [
      'Story consented for the website and the press',
      'Network story',
      'Internal story',
      'Withdrawn story',
      'Expired story',
      'Draft story',
    ]) {
      expect(html).not.toContain(hidden);
    }
  });

  it('prints a story in the manual language when it is translated into it, otherwise as it was told', () => {
    const translated = story({
      id: 'translated',
      title: 'Una chiave la prima sera',
      language: 'it',
      translations: [
        { language: 'fr', title: 'Une clé le premier soir', summary: 'Des voisins.', text: 'En français.' },
        { language: 'en', title: 'A key on the first evening', summary: 'Neighbours.', text: 'In English.' },
      ],
    });
    const original = story({ id: 'original', title: 'Il mio primo inverno', language: 'it' });
    const html = render(
      manual({
        language: 'en',
        chapters: [
          chapter(1, [
            practice('bp-1', { initiative: { ...practice('bp-1').initiative, stories: [translated, original] } }),
          ]),
        ],
      }),
    );
    expect(html).toContain(
      '<figure class="story" lang="en" data-story-id="translated"><h5>A key on the first evening</h5>',
    );
    expect(html).toContain('<p><span>In English.</span></p>');
    expect(html).not.toContain('Una chiave la prima sera');
    expect(html).not.toContain('Une clé le premier soir');
    expect(html).toContain('<figure class="story" lang="it" data-story-id="original"><h5>Il mio primo inverno</h5>');
  });

  it('prints workshop lessons with their workshop, and leaves out other outcome kinds', () => {
    const html = render(
      manual({
        chapters: [
          chapter(1, [
            practice('bp-1', {
              initiative: {
                ...practice('bp-1').initiative,
                workshopOutcomes: [
                  outcome(),
                  outcome({ id: 'commitment', kind: 'COMMITMENT', text: 'The mayor commits to a hall.' }),
                ],
              },
            }),
          ]),
        ],
      }),
    );
    expect(html).toContain('Lessons from the workshops');
    expect(html).toContain('Cooking together lowers the first barrier faster than any talk.');
    expect(html).toContain('National workshop Bari · Bari, Italy · March 12, 2026');
    expect(html).not.toContain('The mayor commits to a hall.');
  });

  it('leaves out empty sections: no story or lesson heading without items, a note for an empty chapter', () => {
    const bare = practice('bp-1', {
      initiative: { ...practice('bp-1').initiative, stories: [], workshopOutcomes: [], evaluation: '', funding: '' },
    });
    const html = render(manual({ status: 'DRAFT', publishedAt: null, chapters: [chapter(1, [bare]), chapter(2, [])] }));
    expect(html).not.toContain('<h4>Stories</h4>');
    expect(html).not.toContain('Lessons from the workshops');
    expect(html).not.toContain('<dt>Evaluation</dt>');
    expect(html).toContain('<dt>Goals</dt>');
    expect(html).toContain('No best practice in this chapter yet.');
    expect(html).toContain('Draft: not published');
    expect(html).toContain('Last changed on July 1, 2026');
    expect(render(manual())).not.toContain('Draft: not published');
    expect(render(manual())).toContain('Published on July 1, 2026');
  });

  it('prints its fixed words and dates in the manual language, and in English for a language without labels', () => {
    const german = render(manual({ language: 'de' }));
    expect(german).toContain('<h2 id="contents">Inhalt</h2>');
    expect(german).toContain('Veröffentlicht am 1. Juli 2026');
    expect(german).toContain('<h4>Was funktioniert</h4>');
    const maltese = render(manual({ language: 'mt' }));
    expect(maltese.startsWith('<!DOCTYPE html><html lang="mt">')).toBe(true);
    expect(maltese).toContain('<h2 id="contents">Contents</h2>');
  });

  it('keeps paragraphs and line breaks of the texts', () => {
    const html = render(manual({ introduction: 'First paragraph\nsecond line.\n\n\nSecond paragraph.' }));
    expect(html).toContain(
      '<p><span>First paragraph</span><span><br/>second line.</span></p><p><span>Second paragraph.</span></p>',
    );
  });
});

describe('manualSlug', () => {
  it('names the PDF after the title in plain ASCII, and after the id when the title has no letters', () => {
    expect(manualSlug({ id: 'x', title: 'Bringing people together: best practices of the B.E.S.T. network' })).toBe(
      'bringing-people-together-best-practices-of-the-b-e-s-t-network',
    );
    expect(manualSlug({ id: 'x', title: 'Köln & Zürich: "Begegnung"' })).toBe('koln-zurich-begegnung');
    expect(manualSlug({ id: '6f1d2f7e-3f0b', title: '«»' })).toBe('manual-6f1d2f7e-3f0b');
    expect(manualSlug({ id: 'x', title: 'a'.repeat(200) }).length).toBe(80);
  });
});
