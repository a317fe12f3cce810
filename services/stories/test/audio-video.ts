import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ffmpegPath } from '../src/media/av-processing';

/**
 * Video and audio are stored through ffmpeg (av-processing.ts). Without it the tests that upload
 * them are skipped outside CI, loudly; in CI (which installs it) they run and fail instead.
 */
export const HAS_FFMPEG = spawnSync(ffmpegPath(), ['-version']).status === 0;
if (!HAS_FFMPEG) {
  const where = process.env.CI ? 'CI must install it' : 'skipping the video and audio upload tests';
  console.warn(`ffmpeg not found (FFMPEG_PATH or PATH): ${where}. Debian: apt-get install ffmpeg`);
}
export const itWithFfmpeg: jest.It = HAS_FFMPEG || process.env.CI ? it : it.skip;

/** Runs ffmpeg (or ffprobe) in a scratch folder on `input`; the file it wrote, or its standard output. */
function run(program: string, args: (dir: string) => string[], input?: Buffer, output?: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'best-av-test-'));
  try {
    if (input) writeFileSync(join(dir, 'input'), input);
    const result = spawnSync(program, args(dir), { maxBuffer: 10_000_000 });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr?.toString()}`);
    return output ? readFileSync(join(dir, output)) : result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A one-second MP4 (video and audio) as a phone records it: with the place it was filmed
 * (`location`, written by ffmpeg as the `©xyz` atom phones use), a title and a device name.
 */
export function phoneClip(): Buffer {
  return run(
    ffmpegPath(),
    (dir) => [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=8000', '-t', '1', '-c:v', 'mpeg4', '-c:a', 'aac'],
      ...['-metadata', 'location=+35.8989+014.5146/', '-metadata', 'title=Recorded in Hamrun'],
      ...['-metadata:s:v:0', 'handler_name=Pixel of Amira', join(dir, 'clip.mp4')],
    ],
    undefined,
    'clip.mp4',
  );
}

/** The container and stream tags of a media file and the kinds of its streams, as ffprobe reads them. */
export function probe(file: Buffer): { tags: Record<string, string>; streams: string[]; streamTags: string[] } {
  const json = JSON.parse(
    run(
      'ffprobe',
      (dir) => [
        ...['-hide_banner', '-loglevel', 'error', '-show_entries', 'format_tags:stream=codec_type:stream_tags'],
        ...['-of', 'json', join(dir, 'input')],
      ],
      file,
    ).toString(),
  ) as { format?: { tags?: Record<string, string> }; streams: { codec_type: string; tags?: Record<string, string> }[] };
  return {
    tags: json.format?.tags ?? {},
    streams: json.streams.map((s) => s.codec_type),
    streamTags: json.streams.flatMap((s) => Object.values(s.tags ?? {})),
  };
}
