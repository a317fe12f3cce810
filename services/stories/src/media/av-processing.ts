import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { DomainError, ErrorCode } from '@best/kit';

/** The ffmpeg program: FFMPEG_PATH, else `ffmpeg` on the PATH (Debian: `apt-get install ffmpeg`). */
export const ffmpegPath = () => process.env.FFMPEG_PATH?.trim() || 'ffmpeg';

/** The muxer ffmpeg writes each stored type with, and the options that keep it free of metadata. */
const MUXERS: Readonly<Record<string, readonly string[]>> = {
  'video/mp4': ['-movflags', '+faststart', '-f', 'mp4'],
  'video/quicktime': ['-movflags', '+faststart', '-f', 'mov'],
  'video/webm': ['-f', 'webm'],
  'audio/mp4': ['-movflags', '+faststart', '-f', 'ipod'],
  'audio/mpeg': ['-write_id3v2', '0', '-f', 'mp3'],
  'audio/ogg': ['-f', 'ogg'],
  'audio/wav': ['-f', 'wav'],
  'audio/flac': ['-f', 'flac'],
};

/** Refused when this server cannot clean video or audio: nothing is stored with its location in it. */
export const cannotCleanAudioVideo = () =>
  new DomainError(
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'This server cannot take video or audio: it has no ffmpeg to remove the location and other details hidden in such files. Photos can be uploaded.',
  );

/** The file could not be read as the video or audio its first bytes announced. */
export const undecodableAudioVideo = () =>
  new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'This file could not be read as video or audio.');

/**
 * Copies a video or audio file without its metadata: no container tags (GPS position in a phone's
 * MP4 `©xyz`, dates, device, titles), no chapters, no per-stream tags, and only its video and audio
 * streams (a data track can carry GPS telemetry). The streams themselves are copied, not re-encoded,
 * so it takes a fraction of a second. Throws `cannotCleanAudioVideo` without ffmpeg and
 * `undecodableAudioVideo` when ffmpeg cannot read the file.
 */
export async function stripAudioVideoMetadata(
  inputPath: string,
  outputPath: string,
  contentType: string,
): Promise<{ byteSize: number }> {
  const muxer = MUXERS[contentType];
  if (!muxer) throw undecodableAudioVideo();
  const args = [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-i', inputPath],
    ...['-map', '0:v?', '-map', '0:a?', '-map_metadata', '-1', '-map_metadata:s', '-1', '-map_chapters', '-1'],
    ...['-c', 'copy', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'],
    ...muxer,
    outputPath,
  ];
  const outcome = await new Promise<'ok' | 'missing' | 'failed'>((resolve) => {
    const child = spawn(ffmpegPath(), args, { stdio: ['ignore', 'ignore', 'ignore'] });
    child.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ENOENT' ? 'missing' : 'failed'));
    child.once('close', (code) => resolve(code === 0 ? 'ok' : 'failed'));
  });
  if (outcome === 'missing') throw cannotCleanAudioVideo();
  if (outcome === 'failed') throw undecodableAudioVideo();
  return { byteSize: (await stat(outputPath)).size };
}
