import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { demoId } from '@best/demo';
import { mediaStorage } from '../media/configured-storage';
import { StoryMediaKind } from '../media/story-media.enums';
import { StoryMedia } from '../media/story-media.entity';
import { Story } from '../stories/story.entity';

interface DemoMedia {
  key: string;
  /** The demo story it belongs to (demo-stories.ts). */
  story: string;
  caption: string;
  altText: string;
  showsStoryteller: boolean;
  /** A drawing, as SVG: no fonts, no network, the same bytes on every machine. */
  svg: string;
}

const W = 960;
const H = 640;
const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

/** Three drawn pictures standing in for photos; every demo item says it is a demo image. */
const DEMO_MEDIA: readonly DemoMedia[] = [
  {
    key: 'garden-beds',
    story: 'roma-garden-orto-di-tutti',
    caption: 'The shared garden in June (demo image).',
    altText: 'A drawing of four green vegetable beds with red tomatoes under a yellow sun.',
    showsStoryteller: false,
    svg: svg(
      `<rect width="${W}" height="${H}" fill="#bfe3f5"/><circle cx="820" cy="120" r="70" fill="#f7d23e"/>` +
        `<rect y="300" width="${W}" height="340" fill="#8a5a3b"/>` +
        [0, 1, 2, 3]
          .map(
            (i) =>
              `<rect x="${60 + i * 225}" y="360" width="180" height="240" rx="12" fill="#3f8f3a"/>` +
              [0, 1, 2]
                .map(
                  (j) =>
                    `<circle cx="${105 + i * 225 + j * 45}" cy="${420 + ((i + j) % 3) * 55}" r="16" fill="#d8342c"/>`,
                )
                .join(''),
          )
          .join(''),
    ),
  },
  {
    key: 'running-track',
    story: 'lyon-running-club-first-race',
    caption: 'The finish line of the club race (demo image).',
    altText: 'A drawing of a red running track with white lanes and a chequered finish line.',
    showsStoryteller: false,
    svg: svg(
      `<rect width="${W}" height="${H}" fill="#5aa845"/>` +
        `<rect x="40" y="180" width="880" height="300" rx="150" fill="#c2492f"/>` +
        `<rect x="140" y="260" width="680" height="140" rx="70" fill="#5aa845"/>` +
        [0, 1, 2, 3, 4, 5]
          .map((i) => `<rect x="470" y="${180 + i * 13}" width="20" height="13" fill="${i % 2 ? '#111' : '#fff'}"/>`)
          .join(''),
    ),
  },
  {
    key: 'number-seven',
    story: 'palermo-sports-number-seven',
    caption: 'At training with the team (demo image).',
    altText: 'A drawing of a young football player in a blue shirt with the number seven.',
    // A minor's story: never served, whatever the consent says. Shows the rule in the demo.
    showsStoryteller: true,
    svg: svg(
      `<rect width="${W}" height="${H}" fill="#3c9a3c"/><circle cx="480" cy="190" r="70" fill="#b07a52"/>` +
        `<rect x="380" y="270" width="200" height="240" rx="30" fill="#1f4fa8"/>` +
        `<rect x="455" y="330" width="50" height="12" fill="#fff"/><rect x="485" y="330" width="16" height="110" fill="#fff"/>`,
    ),
  },
];

/** The same storage key every time, so seeding again (another test stack, a restart) rewrites one file. */
const storageKeyOf = (key: string) => createHash('sha256').update(`best-demo-media:${key}`).digest('hex').slice(0, 32);

/**
 * Attaches drawn demo pictures to three demo stories, made by sharp here (no download), stored in
 * the configured media storage. Only into a database without media, and only to demo stories that
 * exist.
 */
export async function seedDemoMedia(dataSource: DataSource): Promise<void> {
  const media = dataSource.getRepository(StoryMedia);
  if ((await media.count()) > 0) return;
  const storage = mediaStorage();
  const dir = await mkdtemp(join(tmpdir(), 'best-demo-media-'));
  try {
    for (const item of DEMO_MEDIA) {
      const storyId = demoId('story', item.story);
      if (!(await dataSource.getRepository(Story).existsBy({ id: storyId }))) continue;
      const path = join(dir, item.key);
      const info = await sharp(Buffer.from(item.svg)).jpeg({ quality: 80 }).toFile(path);
      const storageKey = storageKeyOf(item.key);
      await storage.put(storageKey, path, 'image/jpeg');
      await media.insert({
        id: demoId('story-media', item.key),
        storyId,
        kind: StoryMediaKind.PHOTO,
        contentType: 'image/jpeg',
        byteSize: info.size,
        width: info.width,
        height: info.height,
        caption: item.caption,
        altText: item.altText,
        showsStoryteller: item.showsStoryteller,
        storageKey,
        createdBy: 'Demo data',
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
