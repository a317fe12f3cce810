import { request as httpRequest } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { demoId, demoNetwork } from '@best/demo';
import { expectNoGraphQLErrors } from '@best/kit/testing';
import { gatewayClient, startStack, type Stack } from '../src';

let stack: Stack;
let base: string;
let mediaDir: string;
let admin: string;
let storyId: string;

beforeAll(async () => {
  // The stories subgraph stores media where MEDIA_DIR says: a folder of this test's own.
  mediaDir = await mkdtemp(join(tmpdir(), 'best-media-e2e-'));
  process.env.MEDIA_DIR = mediaDir;
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
  admin = await signIn('admin@best.example');
  const stories = await gql('{ stories(first: 50) { nodes { id status consent { scope mayShowImage } } } }', {}, admin);
  const story = (stories.body.data.stories.nodes as any[]).find(
    (s) => s.status === 'PUBLISHED' && s.consent?.scope === 'PUBLIC',
  );
  storyId = story.id;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  delete process.env.MEDIA_DIR;
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const signIn = (email: string) => gatewayClient(stack.gatewayUrl).signIn(email);
const gql = (query: string, variables: Record<string, unknown> = {}, cookie?: string) =>
  gatewayClient(stack.gatewayUrl).gql(query, variables, cookie);

const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2080a0' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 26/1 0/1' } })
    .toBuffer();

async function upload(
  file: Buffer,
  headers: Record<string, string>,
  fields: Record<string, string> = { caption: 'The harbour at dawn', altText: 'Boats in a small harbour' },
  target = storyId,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), 'IMG_0001.jpg');
  const response = await fetch(`${base}/media/stories/${target}`, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

const asBrowser = (cookie: string) => ({ cookie, 'apollo-require-preflight': 'true' });
const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

async function storedCount(): Promise<number> {
  const folders = await readdir(mediaDir).catch(() => [] as string[]);
  let count = 0;
  for (const folder of folders) count += (await readdir(join(mediaDir, folder)).catch(() => [])).length;
  return count;
}

describe('media through the gateway', () => {
  it('a signed-in editor uploads a photo; the public fetches it re-encoded without EXIF, never cached', async () => {
    const answer = await upload(await photoWithGps(), asBrowser(admin));
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const media = answer.body.data.media;
    expect(media).toMatchObject({ kind: 'PHOTO', contentType: 'image/jpeg', url: `/media/${media.id}` });

    const served = await fetch(`${base}${media.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="photo-${media.id}.jpg"`);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes('SecretCam')).toBe(false);

    const listed = await gql('query ($id: ID!) { story(id: $id) { media { id url caption } } }', { id: storyId });
    expect(expectNoGraphQLErrors(listed.body).story.media).toContainEqual({
      id: media.id,
      url: media.url,
      caption: 'The harbour at dawn',
    });
  });

  it('refuses an anonymous upload with 401 UNAUTHENTICATED, and stores nothing', async () => {
    const before = await storedCount();
    const answer = await upload(await photoWithGps(), { 'apollo-require-preflight': 'true' });
    expect(answer.status).toBe(401);
    expect(codeOf(answer.body)).toBe('UNAUTHENTICATED');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a cookie upload from another site, or without the preflight header, and stores nothing', async () => {
    const before = await storedCount();
    const crossSite = await upload(await photoWithGps(), { ...asBrowser(admin), origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(codeOf(crossSite.body)).toBe('FORBIDDEN');
    const plainForm = await upload(await photoWithGps(), { cookie: admin });
    expect(plainForm.status).toBe(400);
    expect(codeOf(plainForm.body)).toBe('BAD_REQUEST');
    expect(await storedCount()).toBe(before);
  });

  it('a page of the gateway itself (same Origin) uploads like the web client does', async () => {
    const answer = await upload(await photoWithGps(), { ...asBrowser(admin), origin: base });
    expect(answer.status).toBe(201);
  });

  it("a partner's WRITE token uploads to its organisation's story without the browser header; a READ token is refused", async () => {
    const partner = demoNetwork().countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;
    // A message about no initiative: the national partner recorded it (demo-recording-organizations.ts).
    const own = { id: demoId('story', 'malta-message-to-the-island') };
    const token = async (scopes: string[]) => {
      const created = await gql(
        'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
        {
          input: {
            organizationId: partner,
            name: `Media uploads ${scopes.join(' ')}`,
            scopes,
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        admin,
      );
      return expectNoGraphQLErrors(created.body).createApiToken.secret as string;
    };
    const writer = await upload(
      await photoWithGps(),
      { authorization: `Bearer ${await token(['READ', 'WRITE'])}` },
      undefined,
      own.id,
    );
    expect(writer.status).toBe(201);
    const reader = await upload(
      await photoWithGps(),
      { authorization: `Bearer ${await token(['READ'])}` },
      undefined,
      own.id,
    );
    expect(reader.status).toBe(403);
    expect(codeOf(reader.body)).toBe('FORBIDDEN');
  });

  it('a credential that does not authenticate is refused with 401, not treated as the public', async () => {
    const answer = await upload(await photoWithGps(), { authorization: 'Bearer not-a-real-token' });
    expect(answer.status).toBe(401);
    expect(codeOf(answer.body)).toBe('UNAUTHENTICATED');
  });

  it('relays the subgraph refusals: a file that is not media is 415, a hidden story 404', async () => {
    const text = await upload(Buffer.from('not an image at all '.repeat(300)), asBrowser(admin));
    expect(text.status).toBe(415);
    expect(codeOf(text.body)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const unknown = await upload(
      await photoWithGps(),
      asBrowser(admin),
      undefined,
      '8c4e3a90-0000-4000-8000-000000000000',
    );
    expect(unknown.status).toBe(404);
    expect(codeOf(unknown.body)).toBe('NOT_FOUND');
  });

  it('a photo over 15 MB is refused with 413 while it streams, and nothing is stored', async () => {
    const before = await storedCount();
    const big = Buffer.concat([await photoWithGps(), Buffer.alloc(16 * 1024 * 1024)]);
    const answer = await upload(big, asBrowser(admin));
    expect(answer.status).toBe(413);
    expect(codeOf(answer.body)).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.body.errors[0].message).toBe('A photo may be at most 15 MB.');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a Content-Length over the limit with 413 before reading the body', async () => {
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(`${base}/media/stories/${storyId}`, {
        method: 'POST',
        headers: {
          ...asBrowser(admin),
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(500 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer.status).toBe(413);
    expect(codeOf(answer.body)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown media id is 404 NOT_FOUND as JSON, never cached', async () => {
    const answer = await fetch(`${base}/media/8c4e3a90-0000-4000-8000-000000000000`);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(codeOf(await answer.json())).toBe('NOT_FOUND');
  });

  it('an image showing the storyteller is refused once the consent no longer allows images', async () => {
    const answer = await upload(await photoWithGps(), asBrowser(admin), {
      caption: 'The storyteller',
      altText: 'A person at the harbour',
      showsStoryteller: 'true',
    });
    expect(answer.status).toBe(201);
    const url = answer.body.data.media.url;
    const consent = await gql(
      'query ($id: ID!) { story(id: $id) { consent { mayShowImage } } }',
      { id: storyId },
      admin,
    );
    const allowed = consent.body.data.story.consent.mayShowImage as boolean;
    expect((await fetch(`${base}${url}`)).status).toBe(allowed ? 200 : 403);
    const record = await gql(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { consent { mayShowImage } } }`,
      {
        input: {
          storyId,
          givenBy: 'STORYTELLER',
          givenAt: new Date(Date.now() - 60_000).toISOString(),
          scope: 'PUBLIC',
          channels: ['WEBSITE'],
          mayShowImage: !allowed,
          evidenceReference: 'consent-forms/test/again.pdf',
        },
      },
      admin,
    );
    expectNoGraphQLErrors(record.body);
    expect((await fetch(`${base}${url}`)).status).toBe(allowed ? 403 : 200);
  });
});
