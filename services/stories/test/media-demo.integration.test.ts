import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { demoId } from '@best/demo';
import { headersFor, startSubgraph, type TestSubgraph, viewers } from '@best/kit/testing';
import { DiskMediaStorage } from '../src/media/disk-storage';
import { StoryMedia } from '../src/media/story-media.entity';
import { seedDemoMedia } from '../src/seed/demo-media';
import { seedStoriesDemo } from '../src/seed/demo-seed';
import { storiesSubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;
let dataSource: DataSource;
let mediaDir: string;

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'best-demo-media-test-'));
  subgraph = await startSubgraph(storiesSubgraph, {
    server: { media: { storage: new DiskMediaStorage(mediaDir) } },
  });
  dataSource = subgraph.dataSource;
  // Seeded once the server has set up its media storage, which the demo's media files go to.
  await seedStoriesDemo(dataSource);
});
afterAll(async () => {
  await subgraph?.stop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const fetchMedia = (id: string, viewer = viewers.anonymous()) =>
  fetch(`${subgraph.base}/internal/media/${id}`, { headers: headersFor(viewer) });

describe('the demo media', () => {
  it('are three drawn pictures on demo stories, each with caption and alt text', async () => {
    const media = await dataSource.getRepository(StoryMedia).find();
    expect(media).toHaveLength(3);
    for (const item of media) {
      expect(item).toMatchObject({ kind: 'PHOTO', contentType: 'image/jpeg', width: 960, height: 640 });
      expect(item.caption).toMatch(/demo image/);
      expect(item.altText.length).toBeGreaterThan(20);
    }
  });

  it('are served from the storage to the public, as real JPEGs', async () => {
    const answer = await fetchMedia(demoId('story-media', 'garden-beds'));
    expect(answer.status).toBe(200);
    const meta = await sharp(Buffer.from(await answer.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 960, height: 640 });
  });

  it('show the rule: the picture of a minor storyteller is never served, not even to an admin', async () => {
    const answer = await fetchMedia(demoId('story-media', 'number-seven'), viewers.admin());
    expect(answer.status).toBe(403);
  });

  it('seeding again adds nothing', async () => {
    await seedStoriesDemo(dataSource);
    await seedDemoMedia(dataSource);
    expect(await dataSource.getRepository(StoryMedia).count()).toBe(3);
  });
});
