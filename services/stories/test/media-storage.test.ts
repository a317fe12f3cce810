import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { storageFromEnv } from '../src/media/configured-storage';
import { DiskMediaStorage } from '../src/media/disk-storage';
import { DEFAULT_MEDIA_DIR, mediaEnvSchema } from '../src/media/media-env';
import { newStorageKey } from '../src/media/media-storage';
import { byteRange } from '../src/media/media.routes';
import { S3MediaStorage } from '../src/media/s3-storage';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'best-storage-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function sourceFile(content: string): Promise<string> {
  const path = join(dir, `source-${newStorageKey()}`);
  await writeFile(path, content);
  return path;
}

describe('storage keys', () => {
  it('are random 32-hex-digit ids, different every time', () => {
    const keys = new Set(Array.from({ length: 100 }, newStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('media on the local disk', () => {
  it('stores, reads back and deletes a file under its key; a missing key reads as null', async () => {
    const storage = new DiskMediaStorage(join(dir, 'media'));
    const key = newStorageKey();
    await storage.put(key, await sourceFile('the bytes'), 'image/jpeg');
    const stored = await storage.get(key);
    expect(stored?.byteSize).toBe(9);
    expect(await text(stored!.body)).toBe('the bytes');
    const part = await storage.get(key, { start: 4, end: 8 });
    expect(part?.byteSize).toBe(9);
    expect(await text(part!.body)).toBe('bytes');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
    expect(await readdir(join(dir, 'media', key.slice(0, 2)))).toEqual([]);
  });

  it('keeps only the folders holding media private, not the folders above them (where PostgreSQL keeps its data)', async () => {
    const storage = new DiskMediaStorage(join(dir, 'data', 'media'));
    const key = newStorageKey();
    await storage.put(key, await sourceFile('x'), 'image/jpeg');
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    expect(await mode(join(dir, 'data'))).toBe(0o777 & ~process.umask());
    expect(await mode(join(dir, 'data', 'media', key.slice(0, 2)))).toBe(0o700);
  });

  it.each(['../../etc/passwd', 'holiday.jpg', '', 'A'.repeat(32), `${newStorageKey()}/x`])(
    'refuses a key that newStorageKey did not make: %j',
    async (key) => {
      const storage = new DiskMediaStorage(join(dir, 'media'));
      await expect(storage.get(key)).rejects.toThrow(/not a media storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/not a media storage key/);
      await expect(storage.put(key, await sourceFile('x'), 'image/jpeg')).rejects.toThrow(/not a media storage key/);
    },
  );
});

/** A small in-process stand-in for an S3-compatible service: path-style PUT, GET and DELETE of objects. */
async function fakeS3() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; path: string; authorization: string }[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method: req.method ?? '', path, authorization: String(req.headers.authorization ?? '') });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'PUT') {
      objects.set(path, { body: Buffer.concat(chunks), contentType: String(req.headers['content-type']) });
      res.writeHead(200, { etag: '"1"' }).end();
    } else if (req.method === 'GET') {
      const object = objects.get(path);
      if (!object) {
        res
          .writeHead(404, { 'content-type': 'application/xml' })
          .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>');
        return;
      }
      const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
      if (range) {
        const [start, end] = [Number(range[1]), Number(range[2])];
        res
          .writeHead(206, {
            'content-type': object.contentType,
            'content-range': `bytes ${start}-${end}/${object.body.length}`,
            'content-length': end - start + 1,
          })
          .end(object.body.subarray(start, end + 1));
        return;
      }
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length }).end(object.body);
    } else if (req.method === 'DELETE') {
      objects.delete(path);
      res.writeHead(204).end();
    } else {
      res.writeHead(405).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { objects, requests, endpoint, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('media on S3-compatible storage', () => {
  it('puts, gets and deletes objects under media/<key> in the bucket, signed with the configured keys', async () => {
    const s3 = await fakeS3();
    const storage = new S3MediaStorage({
      bucket: 'best-media',
      region: 'eu-south-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'test-key', secretAccessKey: 'test-secret' },
    });
    try {
      const key = newStorageKey();
      await storage.put(key, await sourceFile('photo bytes'), 'image/jpeg');
      expect(s3.objects.get(`/best-media/media/${key}`)).toEqual({
        body: Buffer.from('photo bytes'),
        contentType: 'image/jpeg',
      });
      const stored = await storage.get(key);
      expect(stored?.byteSize).toBe(11);
      expect(await text(stored!.body)).toBe('photo bytes');
      const part = await storage.get(key, { start: 6, end: 10 });
      expect(part?.byteSize).toBe(11);
      expect(await text(part!.body)).toBe('bytes');
      await storage.delete(key);
      expect(s3.objects.size).toBe(0);
      expect(await storage.get(key)).toBeNull();
      expect(s3.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'GET', 'DELETE', 'GET']);
      for (const request of s3.requests) {
        expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/eu-south-1\/s3\//);
      }
    } finally {
      storage.destroy();
      await s3.close();
    }
  });

  it('refuses a key that newStorageKey did not make, without asking the service', async () => {
    const storage = new S3MediaStorage({ bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
    await expect(storage.get('../other-bucket/x')).rejects.toThrow(/not a media storage key/);
    storage.destroy();
  });
});

describe('choosing the storage from the environment', () => {
  it('is the local disk under .data/media by default, or MEDIA_DIR', () => {
    const byDefault = storageFromEnv(mediaEnvSchema.parse({}));
    expect(byDefault).toBeInstanceOf(DiskMediaStorage);
    expect((byDefault as DiskMediaStorage).dir).toBe(DEFAULT_MEDIA_DIR);
    expect(DEFAULT_MEDIA_DIR).toMatch(/\.data[/\\]media$/);
    const chosen = storageFromEnv(mediaEnvSchema.parse({ MEDIA_DIR: '/srv/media' }));
    expect((chosen as DiskMediaStorage).dir).toBe('/srv/media');
  });

  it('is S3-compatible storage when S3_BUCKET is set', () => {
    const storage = storageFromEnv(
      mediaEnvSchema.parse({
        S3_BUCKET: 'best-media',
        S3_REGION: 'eu-central-1',
        S3_ENDPOINT: 'https://minio.example.org',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
    expect(storage).toBeInstanceOf(S3MediaStorage);
    expect(storage.kind).toBe('s3');
    (storage as S3MediaStorage).destroy();
  });

  it.each<[string, Record<string, string>, string]>([
    ['an access key without its secret', { S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' }, 'S3_SECRET_ACCESS_KEY'],
    ['an endpoint that is not a URL', { S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    ['a path-style flag that is not a boolean', { S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE'],
  ])('refuses %s, naming the variable', (_, env, variable) => {
    const result = mediaEnvSchema.safeParse(env);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(variable);
  });
});

describe('byteRange (the Range header of a media request)', () => {
  it.each<[string | undefined, { start: number; end: number } | null]>([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=10-', { start: 10, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=-500', { start: 0, end: 99 }],
    [undefined, null],
    ['bytes=100-', null],
    ['bytes=9-3', null],
    ['bytes=-', null],
    ['bytes=0-1,4-5', null],
    ['items=0-1', null],
    ['bytes=99999999999999999999-', null],
  ])('%j of a 100-byte file is %j', (header, expected) => {
    expect(byteRange(header, 100)).toEqual(expected);
  });
});
