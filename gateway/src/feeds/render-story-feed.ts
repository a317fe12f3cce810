import { Feed } from 'feed';
import type { FeedParams } from './feed-params';
import type { FeedStory } from './story-feed.operation';

export type FeedFormat = 'rss' | 'atom';

export interface RenderFeedOptions {
  /** Base URL of the public web client: item links point at its story pages. */
  publicWebUrl: string;
  params: FeedParams;
  format: FeedFormat;
}

/** Story themes as readers see them in the feed's categories. */
const THEME_NAMES: Readonly<Record<string, string>> = {
  JOBS_AND_ECONOMY: 'Jobs and economy',
  WELFARE: 'Welfare',
  SAFETY: 'Safety',
  CULTURE_AND_RELIGION: 'Culture and religion',
  LANGUAGE_AND_INTEGRATION: 'Language and integration',
  HOUSING: 'Housing',
  SCHOOLS: 'Schools',
  GENUINE_REFUGEES: 'Genuine refugees',
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A story's plain text as HTML paragraphs; escaped, so nothing in a story can become markup. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

const query = (params: FeedParams) => {
  const search = new URLSearchParams();
  if (params.language) search.set('language', params.language);
  if (params.countryCode) search.set('country', params.countryCode);
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Renders the public stories as an RSS 2.0 or Atom 1.0 document (the `feed` package writes the XML). */
export function renderStoryFeed(stories: readonly FeedStory[], options: RenderFeedOptions): string {
  const base = options.publicWebUrl.replace(/\/+$/, '');
  const { params } = options;
  const languageQuery = params.language ? `?language=${params.language}` : '';
  const newest = stories.map((s) => (s.publishedAt ? new Date(s.publishedAt) : null)).find(Boolean);
  const feed = new Feed({
    title: params.countryCode ? `B.E.S.T. stories (${params.countryCode})` : 'B.E.S.T. stories',
    description:
      'Personal stories of migrants and locals against racism and xenophobia, published with the consent of the people who tell them.',
    id: `${base}/feeds/stories.${options.format}${query(params)}`,
    link: `${base}/stories${languageQuery}`,
    language: params.language ?? undefined,
    copyright: 'Each story belongs to its storyteller; shared with their consent.',
    updated: newest ?? new Date(0),
    generator: 'B.E.S.T. platform',
    feedLinks: {
      rss: `${base}/feeds/stories.rss${query(params)}`,
      atom: `${base}/feeds/stories.atom${query(params)}`,
    },
  });
  for (const story of stories) {
    const text = story.localized ?? story;
    const link = `${base}/stories/${encodeURIComponent(story.id)}${languageQuery}`;
    // The feed package declares titles and summaries as HTML (Atom type="html"): escape them like the text.
    feed.addItem({
      title: escapeHtml(text.title),
      id: `urn:uuid:${story.id}`,
      link,
      description: text.summary ? escapeHtml(text.summary) : undefined,
      content: paragraphs(text.text),
      author: [{ name: story.storytellerName }],
      date: story.publishedAt ? new Date(story.publishedAt) : new Date(0),
      category: story.themes.map((theme) => ({ name: THEME_NAMES[theme] ?? theme })),
    });
  }
  return options.format === 'rss' ? feed.rss2() : feed.atom1();
}
