import { request as httpRequest } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { IsNull, type DataSource } from 'typeorm';
import { AuditEvent, type Viewer } from '@best/kit';
import {
  codeOf,
  expectNoGraphQLErrors,
  headersFor,
  startSubgraph,
  type TestSubgraph,
  viewers,
} from '@best/kit/testing';
import { Consent } from '../src/consents/consent.entity';
import { DiskMediaStorage } from '../src/media/disk-storage';
import { eraseStoryMedia } from '../src/media/media.erasure';
import { StoryMedia } from '../src/media/story-media.entity';
import { StoryStatus, StorytellerRiskFlag } from '../src/stories/story.enums';
import { Story } from '../src/stories/story.entity';
import { storiesSubgraph } from '../src/subgraph';
import { CALLERS } from './callers';
import { seed } from './seed';
import { itWithFfmpeg, phoneClip, probe } from './audio-video';

/** Small limits so that "too large" needs no 15 MB file: photo 200 kB, audio 400 kB, video 500 kB. */
const LIMITS = { PHOTO: 200_000, AUDIO: 400_000, VIDEO: 500_000 };

let subgraph: TestSubgraph;
let dataSource: DataSource;
let base: string;
let mediaDir: string;
let given: ReturnType<typeof seed>;

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'best-media-test-'));
  subgraph = await startSubgraph(storiesSubgraph, {
    server: { media: { storage: new DiskMediaStorage(mediaDir), limits: LIMITS } },
  });
  dataSource = subgraph.dataSource;
  base = subgraph.base;
  given = seed(subgraph);
});
afterAll(async () => {
  await subgraph?.stop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- files made for the tests

const photo = (options: { width?: number; height?: number } = {}) =>
  sharp({
    create: { width: options.width ?? 80, height: options.height ?? 60, channels: 3, background: '#c03030' },
  })
    .jpeg()
    .toBuffer();

/** A JPEG as a phone writes it: camera make and a GPS position in its EXIF. */
const photoWithGps = () =>
  sharp({ create: { width: 80, height: 60, channels: 3, background: '#3060c0' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'Phone 12' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 53/1 2/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '14/1 30/1 0/1',
      },
    })
    .toBuffer();

/** A WAV recording of silence, `bytes` of samples. */
function wav(bytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(bytes, 40);
  return Buffer.concat([header, Buffer.alloc(bytes, 128)]);
}

/** The start of an MP4 file (an ftyp box), enough for its type to be recognised. */
function mp4(bytes = 8_000): Buffer {
  const ftyp = Buffer.alloc(32);
  ftyp.writeUInt32BE(32, 0);
  ftyp.write('ftypisom', 4);
  ftyp.writeUInt32BE(512, 12);
  ftyp.write('isomiso2avc1mp41', 16);
  return Buffer.concat([ftyp, Buffer.alloc(bytes)]);
}

// ---------------------------------------------------------------- calling the subgraph

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

async function upload(
  storyId: string,
  file: Buffer | null,
  fields: Record<string, string> = { caption: 'At the Sunday match', altText: 'Two people shaking hands' },
  viewer: Viewer = CALLERS.member,
  declaredType = 'image/jpeg',
): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([new Uint8Array(file)], { type: declaredType }), 'holiday.jpg');
  const response = await fetch(`${base}/internal/media/stories/${storyId}`, {
    method: 'POST',
    headers: headersFor(viewer),
    body: form,
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function fetchMedia(id: string, viewer: Viewer = CALLERS.anonymous, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/internal/media/${id}`, { headers: { ...headersFor(viewer), ...headers } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes, headers: response.headers, json: () => JSON.parse(bytes.toString()) };
}

/** A GraphQL call to the subgraph as `viewer`; `data` is loosely typed, as the tests read it. */
const gql = async (query: string, variables: Record<string, unknown> = {}, viewer?: Viewer) => {
  const answer = await subgraph.gql<any>(query, variables, viewer);
  return answer as { status: number; body: { data: any; errors: { message: string; extensions: any }[] } };
};

async function storedFiles(): Promise<string[]> {
  const folders = await readdir(mediaDir).catch(() => [] as string[]);
  const files = await Promise.all(folders.map((f) => readdir(join(mediaDir, f)).catch(() => [] as string[])));
  return files.flat();
}

async function uploaded(storyId: string, file?: Buffer, fields?: Record<string, string>, viewer?: Viewer) {
  const answer = await upload(storyId, file ?? (await photo()), fields, viewer);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(201);
  return answer.body.data.media as { id: string; version: number; url: string };
}

const storytellerPhoto = { caption: 'Amal at the match', altText: 'A woman smiling', showsStoryteller: 'true' };

async function markAtRisk(story: Story) {
  await dataSource
    .getRepository(Story)
    .update({ id: story.id }, { riskFlags: [StorytellerRiskFlag.ASYLUM_CLAIM_ONGOING] });
}

async function withdrawConsent(story: Story) {
  await dataSource
    .getRepository(Consent)
    .update({ storyId: story.id, supersededAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: 'Asked to' });
}

// ---------------------------------------------------------------- upload

describe('uploading media to a story', () => {
  it('a photo from a member of the recording organisation is re-encoded, stored under a random key and recorded', async () => {
    const story = await given.story();
    const before = await storedFiles();
    const answer = await upload(story.id, await photo());
    expect(answer.status).toBe(201);
    expect(answer.body.data.media).toMatchObject({
      kind: 'PHOTO',
      contentType: 'image/jpeg',
      width: 80,
      height: 60,
      caption: 'At the Sunday match',
      altText: 'Two people shaking hands',
      showsStoryteller: false,
      url: `/media/${answer.body.data.media.id}`,
      version: 1,
    });
    const row = await dataSource.getRepository(StoryMedia).findOneByOrFail({ id: answer.body.data.media.id });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(row.createdBy).toBe(CALLERS.member.displayName);
    const audit = await dataSource.getRepository(AuditEvent).findOneByOrFail({ subjectId: row.id });
    expect(audit).toMatchObject({
      action: 'STORY_MEDIA_ADDED',
      subjectType: 'StoryMedia',
      actorDisplayName: CALLERS.member.displayName,
      details: { storyId: story.id, kind: 'PHOTO', byteSize: row.byteSize },
    });
    const after = await storedFiles();
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContain(row.storageKey);
    expect(after.join()).not.toMatch(/holiday/);
  });

  it('removes EXIF and the GPS position from a photo: neither the stored file nor the served one has them', async () => {
    const original = await photoWithGps();
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta.exif?.includes('SecretCam')).toBe(true);
    expect(original.includes('SecretCam')).toBe(true);

    const story = await given.story();
    const media = await uploaded(story.id, original);
    const row = await dataSource.getRepository(StoryMedia).findOneByOrFail({ id: media.id });
    const stored = await readFile(join(mediaDir, row.storageKey.slice(0, 2), row.storageKey));
    const served = await fetchMedia(media.id);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(stored)).toBe(true);
    for (const bytes of [stored, served.bytes]) {
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(bytes.includes('SecretCam')).toBe(false);
      expect(bytes.includes('Exif')).toBe(false);
    }
  });

  it('turns a photo upright by its EXIF orientation before the orientation is dropped', async () => {
    const sideways = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#30c030' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const story = await given.story();
    const answer = await upload(story.id, sideways);
    expect(answer.body.data.media).toMatchObject({ width: 60, height: 80 });
    const served = await fetchMedia(answer.body.data.media.id);
    expect((await sharp(served.bytes).metadata()).orientation).toBeUndefined();
  });

  it('scales a very large photo down to at most 3000 pixels on its longest side', async () => {
    const big = await sharp({ create: { width: 3600, height: 200, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const story = await given.story();
    const answer = await upload(story.id, big);
    expect(answer.body.data.media).toMatchObject({ width: 3000, height: 167 });
  });

  it('keeps transparency: a PNG with an alpha channel is stored as PNG', async () => {
    const png = await sharp({
      create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const story = await given.story();
    expect((await upload(story.id, png, undefined, undefined, 'image/png')).body.data.media).toMatchObject({
      kind: 'PHOTO',
      contentType: 'image/png',
    });
  });

  itWithFfmpeg(
    'accepts an audio recording and a video, judged by their bytes, and keeps their sound and pictures',
    async () => {
      const story = await given.story();
      const audio = await upload(
        story.id,
        wav(1_000),
        { caption: '', altText: '' },
        CALLERS.member,
        'application/octet-stream',
      );
      expect(audio.status).toBe(201);
      expect(audio.body.data.media).toMatchObject({
        kind: 'AUDIO',
        contentType: 'audio/wav',
        byteSize: 1_044,
        width: null,
      });
      expect((await fetchMedia(audio.body.data.media.id)).bytes.equals(wav(1_000))).toBe(true);
      const video = await upload(story.id, phoneClip(), { caption: 'The match' }, CALLERS.member, 'text/plain');
      expect(video.status).toBe(201);
      expect(video.body.data.media).toMatchObject({ kind: 'VIDEO', contentType: 'video/mp4' });
      const served = await fetchMedia(video.body.data.media.id);
      expect(served.bytes.length).toBe(video.body.data.media.byteSize);
      expect(probe(served.bytes).streams).toEqual(['video', 'audio']);
    },
  );

  itWithFfmpeg('stores a video without the place it was filmed, its title or the device that filmed it', async () => {
    const story = await given.story();
    const clip = phoneClip();
    expect(probe(clip).tags).toMatchObject({ location: '+35.8989+014.5146/', title: 'Recorded in Hamrun' });
    expect(probe(clip).streamTags).toContain('Pixel of Amira');
    const video = await upload(story.id, clip, { caption: 'The match' });
    expect(video.status).toBe(201);
    const stored = (await fetchMedia(video.body.data.media.id)).bytes;
    const { tags, streamTags } = probe(stored);
    expect(Object.keys(tags).filter((tag) => /location|title|date|encoder|make|model/i.test(tag))).toEqual([]);
    expect(streamTags).not.toContain('Pixel of Amira');
    expect(stored.includes('+35.8989')).toBe(false);
    expect(stored.includes('Hamrun')).toBe(false);
  });

  itWithFfmpeg('refuses a file that announces a video but cannot be read as one, storing nothing', async () => {
    const story = await given.story();
    const before = await storedFiles();
    const answer = await upload(story.id, mp4(), { caption: 'x' });
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(answer.body.errors[0].message).toMatch(/could not be read as video or audio/);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses video and audio with a clear message on a server without ffmpeg, and still takes photos', async () => {
    const story = await given.story();
    const saved = process.env.FFMPEG_PATH;
    process.env.FFMPEG_PATH = '/nonexistent/ffmpeg';
    try {
      const answer = await upload(story.id, wav(1_000), {});
      expect(answer.status).toBe(415);
      expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(answer.body.errors[0].message).toMatch(/no ffmpeg to remove the location/);
      expect((await uploaded(story.id)).url).toMatch(/^\/media\//);
    } finally {
      if (saved === undefined) delete process.env.FFMPEG_PATH;
      else process.env.FFMPEG_PATH = saved;
    }
  });

  it.each([
    ['a text file that claims to be a JPEG', Buffer.from('just some text pretending to be a photo'.repeat(200))],
    ['an HTML page that claims to be a JPEG', Buffer.from('<!doctype html><script>alert(1)</script>'.repeat(200))],
    ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 32)])],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s with 415 UNSUPPORTED_MEDIA_TYPE and stores nothing', async (_, bytes) => {
    const story = await given.story();
    const before = await storedFiles();
    const answer = await upload(story.id, bytes);
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(answer.body.errors[0].message).toMatch(/not a photo/);
    expect(await storedFiles()).toEqual(before);
    expect(await dataSource.getRepository(StoryMedia).countBy({ storyId: story.id })).toBe(0);
  });

  it('refuses bytes that start like a JPEG but do not decode as an image (415)', async () => {
    const story = await given.story();
    const broken = Buffer.concat([(await photo()).subarray(0, 200), Buffer.alloc(5_000, 7)]);
    const answer = await upload(story.id, broken);
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  itWithFfmpeg(
    'applies the size limit of the kind found in the bytes: 300 kB is too much for a photo but fine for audio',
    async () => {
      const story = await given.story();
      const before = await storedFiles();
      const bigPhoto = Buffer.concat([await photo(), Buffer.alloc(300_000)]);
      const refused = await upload(story.id, bigPhoto);
      expect(refused.status).toBe(413);
      expect(codeOf(refused)).toBe('PAYLOAD_TOO_LARGE');
      expect(refused.body.errors[0].message).toMatch(/photo may be at most 196 kB/);
      expect(await storedFiles()).toEqual(before);

      const audio = await upload(story.id, wav(300_000), {});
      expect(audio.status).toBe(201);
      const tooLongAudio = await upload(story.id, wav(450_000), {});
      expect(tooLongAudio.status).toBe(413);
    },
  );

  it('refuses a Content-Length over the largest limit before reading the body', async () => {
    const story = await given.story();
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(`${base}/internal/media/stories/${story.id}`, {
        method: 'POST',
        headers: {
          ...headersFor(CALLERS.member),
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(1_000_000_000),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['without a caption', { altText: 'Two people shaking hands' }, 'caption'],
    ['without alt text', { caption: 'At the match' }, 'altText'],
    ['with blank alt text', { caption: 'At the match', altText: '   ' }, 'altText'],
    ['with a control character in the caption', { caption: 'At\u0000 the match', altText: 'x' }, 'caption'],
    ['with a caption over 1000 characters', { caption: 'a'.repeat(1001), altText: 'x' }, 'caption'],
    [
      'with showsStoryteller that is not a boolean',
      { caption: 'a', altText: 'b', showsStoryteller: 'maybe' },
      'showsStoryteller',
    ],
  ])('refuses a photo %s with 400 BAD_USER_INPUT naming the field', async (_, fields, field) => {
    const story = await given.story();
    const answer = await upload(story.id, await photo(), fields);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].extensions.problems.map((p: { field: string }) => p.field)).toContain(field);
  });

  it('refuses a form without a file part (400 BAD_REQUEST) and a body that is not multipart', async () => {
    const story = await given.story();
    const noFile = await upload(story.id, null);
    expect(noFile.status).toBe(400);
    expect(codeOf(noFile)).toBe('BAD_REQUEST');
    const json = await fetch(`${base}/internal/media/stories/${story.id}`, {
      method: 'POST',
      headers: { ...headersFor(CALLERS.member), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it.each<[string, number, string, Viewer]>([
    ['an admin', 201, 'created', CALLERS.admin],
    ["the coordinator of the story's country", 201, 'created', CALLERS.coordinator],
    ['a member of the recording organisation', 201, 'created', CALLERS.member],
    ['a WRITE token of the recording organisation', 201, 'created', CALLERS.writeToken],
    ['anonymous', 401, 'UNAUTHENTICATED', CALLERS.anonymous],
    ['a READ token of the recording organisation', 403, 'FORBIDDEN', CALLERS.readToken],
    ['a member of another organisation', 403, 'FORBIDDEN', CALLERS.otherMember],
    ['the coordinator of another country', 403, 'FORBIDDEN', CALLERS.otherCoordinator],
    ['a juror', 403, 'FORBIDDEN', CALLERS.juror],
    ['a read-only network viewer', 403, 'FORBIDDEN', CALLERS.viewer],
  ])('to a published public story: %s gets %i %s', async (_, status, code, viewer) => {
    const story = await given.story();
    const answer = await upload(story.id, await photo(), undefined, viewer);
    expect(answer.status).toBe(status);
    expect(codeOf(answer)).toBe(code === 'created' ? undefined : code);
  });

  it('a story the caller cannot see, or that does not exist, is NOT_FOUND (404), not FORBIDDEN', async () => {
    const draft = await given.story({ status: StoryStatus.DRAFT });
    expect((await upload(draft.id, await photo(), undefined, CALLERS.otherMember)).status).toBe(404);
    expect((await upload(draft.id, await photo(), undefined, CALLERS.member)).status).toBe(201);
    const unknown = await upload('8c4e3a90-0000-4000-8000-000000000000', await photo());
    expect(unknown.status).toBe(404);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect((await upload('not-a-uuid', await photo())).status).toBe(404);
  });
});

// ---------------------------------------------------------------- serving

describe('serving a media item', () => {
  it('answers with the stored type, never cached, nosniff, inline with a file name made from the id', async () => {
    const story = await given.story();
    const media = await uploaded(story.id);
    const served = await fetchMedia(media.id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="photo-${media.id}.jpg"`);
    expect(served.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(Number(served.headers.get('content-length'))).toBe(served.bytes.length);
  });

  it('follows the story read rule: a draft story’s media is served to its editors, NOT_FOUND for the public', async () => {
    const draft = await given.story({ status: StoryStatus.DRAFT });
    const media = await uploaded(draft.id);
    expect((await fetchMedia(media.id, CALLERS.admin)).status).toBe(200);
    expect((await fetchMedia(media.id, CALLERS.member)).status).toBe(200);
    const anonymous = await fetchMedia(media.id, CALLERS.anonymous);
    expect(anonymous.status).toBe(404);
    expect(anonymous.json().errors[0].extensions.code).toBe('NOT_FOUND');
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
    expect((await fetchMedia(media.id, CALLERS.otherMember)).status).toBe(404);
  });

  itWithFfmpeg(
    'serves byte ranges for players (206 with Content-Range), the whole file for ranges it does not serve',
    async () => {
      const story = await given.story();
      const video = (await upload(story.id, phoneClip(), { caption: 'x' })).body.data.media;
      const whole = await fetchMedia(video.id);
      const size = whole.bytes.length;
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      const first = await fetchMedia(video.id, CALLERS.anonymous, { range: 'bytes=0-9' });
      expect(first.status).toBe(206);
      expect(first.headers.get('content-range')).toBe(`bytes 0-9/${size}`);
      expect(first.headers.get('content-length')).toBe('10');
      expect(first.bytes.equals(whole.bytes.subarray(0, 10))).toBe(true);
      const tail = await fetchMedia(video.id, CALLERS.anonymous, { range: 'bytes=-32' });
      expect(tail.status).toBe(206);
      expect(tail.bytes.equals(whole.bytes.subarray(size - 32))).toBe(true);
      for (const range of [`bytes=${size + 1000}-`, 'bytes=0-1,5-6', 'lines=1-2', 'bytes=5-2']) {
        const answer = await fetchMedia(video.id, CALLERS.anonymous, { range });
        expect(answer.status).toBe(200);
        expect(answer.bytes.length).toBe(size);
      }
    },
  );

  it('a byte range does not get around the consent: a withheld item is refused whatever is asked', async () => {
    const story = await given.story({}, { mayShowImage: false });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    expect((await fetchMedia(face.id, CALLERS.admin, { range: 'bytes=0-9' })).status).toBe(403);
  });

  it('an unknown id and a malformed id are NOT_FOUND', async () => {
    expect((await fetchMedia('8c4e3a90-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await fetchMedia('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('an image showing the storyteller is served while the consent allows images, and refused to everyone when it does not', async () => {
    const allowed = await given.story({}, { mayShowImage: true });
    const served = await uploaded(allowed.id, undefined, storytellerPhoto);
    expect((await fetchMedia(served.id)).status).toBe(200);

    const forbidden = await given.story({}, { mayShowImage: false });
    const refused = await uploaded(forbidden.id, undefined, storytellerPhoto);
    const notStoryteller = await uploaded(forbidden.id);
    for (const viewer of [CALLERS.anonymous, CALLERS.admin, CALLERS.member]) {
      const answer = await fetchMedia(refused.id, viewer);
      expect(answer.status).toBe(403);
      expect(answer.json().errors[0]).toEqual({
        message: "The storyteller's consent does not allow showing images of them.",
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect((await fetchMedia(notStoryteller.id)).status).toBe(200);
  });

  it('a new consent without images stops serving the image on the very next request, and one allowing them resumes it', async () => {
    const story = await given.story({}, { mayShowImage: true });
    const media = await uploaded(story.id, undefined, storytellerPhoto);
    expect((await fetchMedia(media.id)).status).toBe(200);
    await given.consent(story, { mayShowImage: false });
    expect((await fetchMedia(media.id)).status).toBe(403);
    await given.consent(story, { mayShowImage: true });
    expect((await fetchMedia(media.id)).status).toBe(200);
  });

  it('never serves an image showing a storyteller at risk, even with a consent that allows images; other images still are', async () => {
    const story = await given.story({}, { mayShowImage: true });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    const landscape = await uploaded(story.id);
    expect((await fetchMedia(face.id, CALLERS.admin)).status).toBe(200);
    await markAtRisk(story);
    const refused = await fetchMedia(face.id, CALLERS.admin);
    expect(refused.status).toBe(403);
    expect(refused.json().errors[0].message).toMatch(/at risk/);
    expect((await fetchMedia(landscape.id)).status).toBe(200);
  });

  it("a minor's story never serves an image showing the storyteller", async () => {
    const story = await given.story({ isMinor: true }, { mayShowImage: false });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    expect((await fetchMedia(face.id, CALLERS.admin)).status).toBe(403);
  });

  it('withdrawn consent: nothing of the story is served any more, to anyone', async () => {
    const story = await given.story({}, { mayShowImage: true });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    const other = await uploaded(story.id);
    expect((await fetchMedia(face.id)).status).toBe(200);
    expect((await fetchMedia(other.id)).status).toBe(200);
    await withdrawConsent(story);
    for (const viewer of [CALLERS.anonymous, CALLERS.admin, CALLERS.member]) {
      expect((await fetchMedia(face.id, viewer)).status).toBe(404);
      expect((await fetchMedia(other.id, viewer)).status).toBe(404);
    }
  });
});

// ---------------------------------------------------------------- GraphQL

const STORY_MEDIA = `query ($id: ID!, $all: Boolean! = false) {
  story(id: $id) { id media(includeWithheld: $all) { id kind contentType byteSize caption altText showsStoryteller url width height version withheld } }
}`;

describe('Story.media and the media mutations', () => {
  it('lists the media the caller may be served, and leaves out images of the storyteller the consent forbids', async () => {
    const story = await given.story({}, { mayShowImage: false });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    const other = await uploaded(story.id);
    const answer = await gql(STORY_MEDIA, { id: story.id });
    expectNoGraphQLErrors(answer.body);
    expect(answer.body.data.story.media).toEqual([
      expect.objectContaining({ id: other.id, kind: 'PHOTO', url: `/media/${other.id}`, withheld: false }),
    ]);
    await given.consent(story, { mayShowImage: true });
    const after = await gql(STORY_MEDIA, { id: story.id });
    expect(after.body.data.story.media.map((m: { id: string }) => m.id)).toEqual([face.id, other.id]);
  });

  it('editors may ask for withheld items too (marked withheld); for anyone else includeWithheld changes nothing', async () => {
    const story = await given.story({}, { mayShowImage: true });
    const face = await uploaded(story.id, undefined, storytellerPhoto);
    await markAtRisk(story);
    const editor = await gql(STORY_MEDIA, { id: story.id, all: true }, CALLERS.member);
    expectNoGraphQLErrors(editor.body);
    expect(editor.body.data.story.media).toEqual([expect.objectContaining({ id: face.id, withheld: true })]);
    const reader = await gql(STORY_MEDIA, { id: story.id, all: true }, CALLERS.otherMember);
    expect(reader.body.data.story.media).toEqual([]);
    const publicReader = await gql(STORY_MEDIA, { id: story.id, all: true });
    expect(publicReader.body.data.story.media).toEqual([]);
  });

  it('loads the media of a whole page of stories with one SELECT on story_media', async () => {
    const country = 'MT';
    for (let i = 0; i < 4; i++) {
      const story = await given.story({ countryCode: country });
      await uploaded(story.id, undefined, undefined, CALLERS.admin);
    }
    let answer!: Awaited<ReturnType<typeof gql>>;
    const selects = await subgraph.selectsDuring(async () => {
      answer = await gql(
        `{ stories(countryCode: "MT", first: 10) { nodes { id media { id url } } } }`,
        {},
        CALLERS.admin,
      );
    });
    expectNoGraphQLErrors(answer.body);
    const nodes = answer.body.data.stories.nodes as { media: unknown[] }[];
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.filter((n) => n.media.length === 1).length).toBeGreaterThanOrEqual(4);
    const mediaSelects = selects.filter((s) => /story_media/.test(s));
    expect(mediaSelects).toHaveLength(1);
  });

  const UPDATE = `mutation ($input: UpdateStoryMediaInput!) {
    updateStoryMedia(input: $input) { media { id caption altText showsStoryteller version } story { id } }
  }`;

  it('updateStoryMedia changes caption, alt text and showsStoryteller, versioned, and refuses a stale version with CONFLICT', async () => {
    const story = await given.story({}, { mayShowImage: false });
    const media = await uploaded(story.id);
    const changed = await gql(
      UPDATE,
      { input: { mediaId: media.id, expectedVersion: 1, caption: 'New caption', showsStoryteller: true } },
      CALLERS.member,
    );
    expectNoGraphQLErrors(changed.body);
    expect(changed.body.data.updateStoryMedia.media).toEqual({
      id: media.id,
      caption: 'New caption',
      altText: 'Two people shaking hands',
      showsStoryteller: true,
      version: 2,
    });
    // It now shows the storyteller and the consent forbids images: no longer listed nor served.
    expect((await gql(STORY_MEDIA, { id: story.id })).body.data.story.media).toEqual([]);
    expect((await fetchMedia(media.id)).status).toBe(403);

    const stale = await gql(
      UPDATE,
      { input: { mediaId: media.id, expectedVersion: 1, caption: 'Mine' } },
      CALLERS.admin,
    );
    expect(stale.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1 });
  });

  it('updateStoryMedia refuses a blank caption on a photo, and callers who may not change the story', async () => {
    const story = await given.story();
    const media = await uploaded(story.id);
    const blank = await gql(UPDATE, { input: { mediaId: media.id, expectedVersion: 1, caption: ' ' } }, CALLERS.member);
    expect(blank.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const other = await gql(
      UPDATE,
      { input: { mediaId: media.id, expectedVersion: 1, caption: 'x' } },
      CALLERS.otherMember,
    );
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await gql(UPDATE, { input: { mediaId: media.id, expectedVersion: 1, caption: 'x' } });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const readToken = await gql(
      UPDATE,
      { input: { mediaId: media.id, expectedVersion: 1, caption: 'x' } },
      CALLERS.readToken,
    );
    expect(readToken.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  const REMOVE = `mutation ($input: RemoveStoryMediaInput!) { removeStoryMedia(input: $input) { removedMediaId story { id media { id } } } }`;

  it('removeStoryMedia deletes the row and the stored file; others may not', async () => {
    const story = await given.story();
    const media = await uploaded(story.id);
    const row = await dataSource.getRepository(StoryMedia).findOneByOrFail({ id: media.id });
    const refused = await gql(REMOVE, { input: { mediaId: media.id } }, CALLERS.otherCoordinator);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await storedFiles()).toContain(row.storageKey);

    const removed = await gql(REMOVE, { input: { mediaId: media.id } }, CALLERS.coordinator);
    expectNoGraphQLErrors(removed.body);
    expect(removed.body.data.removeStoryMedia).toEqual({
      removedMediaId: media.id,
      story: { id: story.id, media: [] },
    });
    expect(await storedFiles()).not.toContain(row.storageKey);
    expect((await fetchMedia(media.id, CALLERS.admin)).status).toBe(404);
    const again = await gql(REMOVE, { input: { mediaId: media.id } }, CALLERS.coordinator);
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('erasing the media of a story (eraseStoryMedia, used by story erasure)', () => {
  it('deletes the rows in the transaction and the files only when the returned function runs', async () => {
    const story = await given.story();
    await uploaded(story.id);
    await uploaded(story.id);
    const keep = await given.story();
    const kept = await uploaded(keep.id);
    const keys = (await dataSource.getRepository(StoryMedia).findBy({ storyId: story.id })).map((m) => m.storageKey);
    expect(keys).toHaveLength(2);

    const deleteFiles = await dataSource.transaction((tx) => eraseStoryMedia(tx, story.id));
    expect(await dataSource.getRepository(StoryMedia).countBy({ storyId: story.id })).toBe(0);
    expect(await storedFiles()).toEqual(expect.arrayContaining(keys));
    await deleteFiles();
    const left = await storedFiles();
    for (const key of keys) expect(left).not.toContain(key);
    expect((await fetchMedia(kept.id)).status).toBe(200);
  });

  it('a rolled-back erasure keeps the rows, and its files are untouched', async () => {
    const story = await given.story();
    const media = await uploaded(story.id);
    await expect(
      dataSource.transaction(async (tx) => {
        await eraseStoryMedia(tx, story.id);
        throw new Error('erasure failed later');
      }),
    ).rejects.toThrow('erasure failed later');
    expect((await fetchMedia(media.id)).status).toBe(200);
  });
});

it('Story.media is empty for a story without media (and the public sees it)', async () => {
  const story = await given.story();
  const answer = await gql(STORY_MEDIA, { id: story.id }, viewers.anonymous());
  expectNoGraphQLErrors(answer.body);
  expect(answer.body.data.story.media).toEqual([]);
});
