import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFeedParams } from './feed-params';
import { paragraphs, renderStoryFeed } from './render-story-feed';
import type { FeedStory } from './story-feed.operation';

const story = (overrides: Partial<FeedStory> = {}): FeedStory => ({
  id: '5e1b1f8e-0000-4000-8000-000000000001',
  publishedAt: '2026-03-01T10:00:00.000Z',
  storytellerName: 'Anonymous',
  themes: ['HOUSING'],
  language: 'en',
  title: 'A key on the first evening',
  summary: 'A host family in Rome.',
  text: 'First paragraph.\n\nSecond <b>paragraph</b> & more.',
  ...overrides,
});

const parser = new XMLParser({ ignoreAttributes: false });
const options = { publicWebUrl: 'https://best.example/', params: { language: null, countryCode: null } };

describe('renderStoryFeed', () => {
  it('writes valid RSS 2.0 with a link to the public story page and the text escaped into paragraphs', () => {
    const xml = renderStoryFeed([story()], { ...options, format: 'rss' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item;
    expect(item.title).toBe('A key on the first evening');
    expect(item.link).toBe('https://best.example/stories/5e1b1f8e-0000-4000-8000-000000000001');
    expect(item['content:encoded']).toBe(
      '<p>First paragraph.</p><p>Second &lt;b&gt;paragraph&lt;/b&gt; &amp; more.</p>',
    );
  });

  it('writes valid Atom 1.0 with the translation when the story has one, and links in that language', () => {
    const xml = renderStoryFeed(
      [story({ localized: { language: 'fr', title: 'Une clé le premier soir', summary: 'Rome.', text: 'Texte.' } })],
      { ...options, params: { language: 'fr', countryCode: 'IT' }, format: 'atom' },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.entry.title['#text'] ?? feed.entry.title).toBe('Une clé le premier soir');
    expect(feed.entry.link['@_href']).toBe(
      'https://best.example/stories/5e1b1f8e-0000-4000-8000-000000000001?language=fr',
    );
    expect(feed.id).toBe('https://best.example/feeds/stories.atom?language=fr&country=IT');
  });

  it('an empty feed is still a valid document', () => {
    for (const format of ['rss', 'atom'] as const) {
      expect(XMLValidator.validate(renderStoryFeed([], { ...options, format }))).toBe(true);
    }
  });

  it('keeps markup in a story from ever becoming markup, in its text, title and summary', () => {
    expect(paragraphs('<script>alert(1)</script>]]>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;</p>');
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderStoryFeed(
        [story({ title: 'Tom & <b>Jerry</b> ]]>', summary: '<img src=x onerror=alert(1)>' })],
        {
          ...options,
          format,
        },
      );
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(/<b>|<img/);
      expect(xml).toContain('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; ]]&gt;');
    }
  });
});

describe('readFeedParams', () => {
  it('accepts a language and a country code, upper-casing the country', () => {
    expect(readFeedParams({ language: 'fr', country: 'mt' })).toEqual({
      ok: true,
      params: { language: 'fr', countryCode: 'MT' },
    });
    expect(readFeedParams({})).toEqual({ ok: true, params: { language: null, countryCode: null } });
  });

  it.each([
    [{ language: 'French' }],
    [{ language: 'FR' }],
    [{ country: 'Malta' }],
    [{ country: ['MT', 'IT'] }],
    [{ lang: 'fr' }],
  ])('refuses %j', (query) => {
    expect(readFeedParams(query as never).ok).toBe(false);
  });
});
