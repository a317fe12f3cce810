import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expectNoGraphQLErrors, type GraphQLResponse } from '@best/kit/testing';
import { gatewayClient, startStack, type Stack } from '../src';

/**
 * The manual as HTML and PDF through the real gateway over HTTP, on the demo data: read as the
 * caller (a draft only for those who may read it), printing only published stories whose consent is
 * public and covers print, and a withdrawn consent gone from the very next rendering.
 */
let stack: Stack;
let base: string;
let admin: string;
let published: DemoManual;
let draft: DemoManual;

interface DemoManual {
  id: string;
  title: string;
  status: 'DRAFT' | 'PUBLISHED';
  chapters: {
    title: string;
    bestPractices: {
      whatWorks: string;
      initiative: {
        id: string;
        title: string;
        stories: DemoStory[];
        workshopOutcomes: { kind: string; text: string }[];
      };
    }[];
  }[];
}

interface DemoStory {
  id: string;
  title: string;
  status: string;
  translations: { title: string }[];
  consent: { scope: string; channels: string[] } | null;
}

const MANUALS = `{
  manuals {
    id title status
    chapters {
      title
      bestPractices {
        whatWorks
        initiative {
          id title
          stories { id title status translations { title } consent { scope channels } }
          workshopOutcomes { kind text }
        }
      }
    }
  }
}`;

/** A GraphQL request through the gateway, anonymous unless a session cookie is given; its data. */
async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  return expectNoGraphQLErrors((await gatewayClient(stack.gatewayUrl).gql(query, variables, cookie)).body, query);
}

beforeAll(async () => {
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
  admin = await gatewayClient(stack.gatewayUrl).signIn('admin@best.example');
  const manuals = (await gql(MANUALS, {}, admin)).manuals as DemoManual[];
  published = manuals.find((m) => m.status === 'PUBLISHED')!;
  draft = manuals.find((m) => m.status === 'DRAFT')!;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

/** Text as React writes it into HTML. */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
const firstParagraph = (text: string) =>
  text
    .split(/\n\s*\n/)[0]
    .split('\n')[0]
    .trim();

const fetchManual = (id: string, format: 'html' | 'pdf', cookie?: string) =>
  fetch(`${base}/manuals/${id}.${format}`, { headers: cookie ? { cookie } : {} });

async function html(id: string, cookie?: string): Promise<string> {
  const response = await fetchManual(id, 'html', cookie);
  expect(response.status).toBe(200);
  return response.text();
}

const printedStoryIds = (page: string) => [...page.matchAll(/data-story-id="([^"]+)"/g)].map((m) => m[1]);

/** Every story of the manual's initiatives, as the given caller reads them through the API. */
const storiesOf = (manual: DemoManual) =>
  manual.chapters.flatMap((c) => c.bestPractices.flatMap((bp) => bp.initiative.stories));

/** Public and published: what the public reads through the API. The consent's channels decide print. */
const isPublic = (s: DemoStory) => s.status === 'PUBLISHED' && s.consent?.scope === 'PUBLIC';
const coversPrint = (s: DemoStory) => s.consent?.channels.includes('PRINT') ?? false;
const printable = (manual: DemoManual) => storiesOf(manual).filter((s) => isPublic(s) && coversPrint(s));
const publicNotForPrint = (manual: DemoManual) => storiesOf(manual).filter((s) => isPublic(s) && !coversPrint(s));

/**
 * A PDF's text and page count, read by pdf-parse (pdf.js) in a child process: pdf.js loads its
 * worker with a dynamic import, which jest's CommonJS runtime refuses.
 */
async function pdfText(pdf: Buffer): Promise<{ text: string; total: number }> {
  const script = `const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      const { text, total } = await parser.getText();
      await parser.destroy();
      process.stdout.write(JSON.stringify({ text, total }));
    });`;
  const child = promisify(execFile)(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 20_000_000 });
  child.child.stdin?.end(pdf);
  return JSON.parse((await child).stdout);
}

async function refusal(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as GraphQLResponse<unknown>;
  return { status: response.status, code: body.errors?.[0].extensions?.code, message: body.errors?.[0].message };
}

describe('the manual through the gateway', () => {
  it('has a published and a draft manual in the demo data', () => {
    expect(published?.title).toBe('Bringing people together: best practices of the B.E.S.T. network');
    expect(published.chapters.length).toBeGreaterThanOrEqual(2);
    expect(draft).toBeDefined();
  });

  it('serves the published manual as HTML to the public: chapters, best practice texts and stories consented for print, never cached', async () => {
    const response = await fetchManual(published.id, 'html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(page).toContain(`<h1>${escaped(published.title)}</h1>`);
    expect(page).not.toMatch(/<script/i);
    for (const chapter of published.chapters) {
      expect(page).toContain(escaped(chapter.title));
      for (const practice of chapter.bestPractices) {
        expect(page).toContain(escaped(firstParagraph(practice.whatWorks)));
        expect(page).toContain(escaped(practice.initiative.title));
      }
    }
    const forPrint = printable(published);
    expect(forPrint.length).toBeGreaterThan(0);
    expect(printedStoryIds(page).sort()).toEqual(forPrint.map((s) => s.id).sort());
    expect(page).toContain(escaped(forPrint[0].title));
    // The demo's winner also has a public story whose consent does not name PRINT: it stays out.
    const notForPrint = publicNotForPrint(published);
    expect(notForPrint.length).toBeGreaterThan(0);
    for (const story of notForPrint) expect(printedStoryIds(page)).not.toContain(story.id);
  });

  it('gives every element one id although the demo prints the same best practice in two chapters', async () => {
    const page = await html(published.id);
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(published.chapters.length);
    for (const link of links) expect(ids).toContain(link);
  });

  it('serves the same manual as an A4 PDF whose text holds the title, the chapters, the practices and a story', async () => {
    const response = await fetchManual(published.id, 'pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="bringing-people-together-best-practices-of-the-b-e-s-t-network.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, total } = await pdfText(pdf);
    const words = text.replace(/\s+/g, ' ');
    expect(total).toBeGreaterThanOrEqual(2 + published.chapters.length);
    expect(words).toContain(published.title);
    for (const chapter of published.chapters) {
      expect(words).toContain(chapter.title);
      for (const practice of chapter.bestPractices) expect(words).toContain(practice.initiative.title);
    }
    const [story] = printable(published);
    expect(words).toContain(story.title);
    for (const left of publicNotForPrint(published)) {
      for (const title of [left.title, ...left.translations.map((t) => t.title)]) expect(words).not.toContain(title);
    }
    // The footer carries the page numbers.
    expect(words).toContain(`${total} / ${total}`);
  });

  it('answers HEAD of the PDF with its headers and no body, without printing', async () => {
    const response = await fetch(`${base}/manuals/${published.id}.pdf`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toBe('');
    expect((await fetch(`${base}/manuals/${draft.id}.pdf`, { method: 'HEAD' })).status).toBe(404);
  });

  it('shows a draft manual only to those who may read drafts: 404 for the public and a member, 200 for an admin and a coordinator', async () => {
    for (const format of ['html', 'pdf'] as const) {
      expect(await refusal(await fetchManual(draft.id, format))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    const member = await gatewayClient(stack.gatewayUrl).signIn('member@best.example');
    expect(await refusal(await fetchManual(draft.id, 'html', member))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    const page = await html(draft.id, admin);
    expect(page).toContain(`<h1>${escaped(draft.title)}</h1>`);
    expect(page).toContain('Draft: not published');
    const coordinator = await gatewayClient(stack.gatewayUrl).signIn('coordinator.mt@best.example');
    expect(await html(draft.id, coordinator)).toContain(`<h1>${escaped(draft.title)}</h1>`);
    const pdf = await fetchManual(draft.id, 'pdf', admin);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('answers an unknown id with 404 and a malformed one with 400, as JSON errors', async () => {
    const unknown = await refusal(await fetchManual('00000000-0000-4000-8000-000000000000', 'html'));
    expect(unknown).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(unknown.message).toMatch(/no manual/);
    expect(await refusal(await fetchManual('manual-1', 'pdf'))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await refusal(await fetch(`${base}/manuals/${published.id}.docx`))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });

  it('prints the workshop lessons citing a practice for the network only, as the API shows outcomes', async () => {
    const lessons = published.chapters
      .flatMap((c) => c.bestPractices.flatMap((bp) => bp.initiative.workshopOutcomes))
      .filter((o) => o.kind === 'LESSON_LEARNED');
    expect(lessons.length).toBeGreaterThan(0);
    const lesson = escaped(firstParagraph(lessons[0].text));
    const forAdmin = await html(published.id, admin);
    expect(forAdmin).toContain('Lessons from the workshops');
    expect(forAdmin).toContain(lesson);
    const forPublic = await html(published.id);
    expect(forPublic).not.toContain('Lessons from the workshops');
    expect(forPublic).not.toContain(lesson);
  });

  it('prints a story only while its consent is PUBLIC and names PRINT, for staff too', async () => {
    const [story] = publicNotForPrint(published);
    const RECORD = `mutation R($input: RecordConsentInput!) { recordConsent(input: $input) { consent { scope } } }`;
    const record = (scope: string, channels: string[]) =>
      gql(
        RECORD,
        {
          input: {
            storyId: story.id,
            scope,
            channels,
            givenAt: new Date(Date.now() - 60_000).toISOString(),
            givenBy: 'STORYTELLER',
            evidenceReference: 'Form 2026/114, office binder',
          },
        },
        admin,
      );
    // Public but not for print: the admin and the public read it through the API, no manual prints it.
    expect(printedStoryIds(await html(published.id, admin))).not.toContain(story.id);
    expect(printedStoryIds(await html(published.id))).not.toContain(story.id);
    // Once the storyteller's consent names print, the very next rendering prints it ...
    await record('PUBLIC', ['WEBSITE', 'PRESS', 'PRINT']);
    expect(printedStoryIds(await html(published.id))).toContain(story.id);
    expect(printedStoryIds(await html(published.id, admin))).toContain(story.id);
    // ... and a consent narrowed to the network keeps it out again, though it still names print.
    await record('NETWORK', ['PRINT']);
    const STORY = `query S($id: ID!) { story(id: $id) { id status consent { scope channels } } }`;
    expect((await gql(STORY, { id: story.id }, admin)).story).toMatchObject({
      status: 'PUBLISHED',
      consent: { scope: 'NETWORK', channels: ['PRINT'] },
    });
    expect(printedStoryIds(await html(published.id, admin))).not.toContain(story.id);
    expect(printedStoryIds(await html(published.id))).not.toContain(story.id);
  });

  it('drops a story from the very next rendering once staff withdraw its consent', async () => {
    const before = printedStoryIds(await html(published.id));
    expect(before.length).toBeGreaterThan(0);
    const [storyId] = before;
    const WITHDRAW = `mutation W($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { storyId withdrawnAt } }`;
    await gql(WITHDRAW, { input: { storyId, reason: 'The storyteller asked by phone.' } }, admin);
    const after = await html(published.id);
    expect(printedStoryIds(after)).not.toContain(storyId);
    expect(printedStoryIds(await html(published.id, admin))).not.toContain(storyId);
    expect(after).toContain(`<h1>${escaped(published.title)}</h1>`);
  });
});
