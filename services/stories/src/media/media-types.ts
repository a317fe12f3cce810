import { fromBuffer } from 'file-type';
import { DomainError, ErrorCode } from '@best/kit';
import { StoryMediaKind } from './story-media.enums';

/** Largest file accepted per kind, in bytes. */
export type MediaLimits = Record<StoryMediaKind, number>;

export const DEFAULT_MEDIA_LIMITS: MediaLimits = {
  [StoryMediaKind.PHOTO]: 15 * 1024 * 1024,
  [StoryMediaKind.AUDIO]: 50 * 1024 * 1024,
  [StoryMediaKind.VIDEO]: 200 * 1024 * 1024,
};

/** Bytes file-type reads to recognise a format. */
export const SNIFF_BYTES = 4100;

export interface DetectedMedia {
  kind: StoryMediaKind;
  /** The canonical media type of the format found in the bytes. */
  contentType: string;
  /** A file name extension for the format, without a dot. */
  extension: string;
}

/**
 * The formats accepted, by the media type file-type reports for the bytes, with the type stored.
 * Photos are re-encoded (JPEG, or PNG when they have transparency); video and audio are kept as sent.
 */
const ACCEPTED: Record<string, { kind: StoryMediaKind; contentType: string }> = {
  'image/jpeg': { kind: StoryMediaKind.PHOTO, contentType: 'image/jpeg' },
  'image/png': { kind: StoryMediaKind.PHOTO, contentType: 'image/png' },
  'image/webp': { kind: StoryMediaKind.PHOTO, contentType: 'image/webp' },
  'image/avif': { kind: StoryMediaKind.PHOTO, contentType: 'image/avif' },
  'video/mp4': { kind: StoryMediaKind.VIDEO, contentType: 'video/mp4' },
  'video/webm': { kind: StoryMediaKind.VIDEO, contentType: 'video/webm' },
  'video/quicktime': { kind: StoryMediaKind.VIDEO, contentType: 'video/quicktime' },
  'audio/mpeg': { kind: StoryMediaKind.AUDIO, contentType: 'audio/mpeg' },
  'audio/x-m4a': { kind: StoryMediaKind.AUDIO, contentType: 'audio/mp4' },
  'audio/mp4': { kind: StoryMediaKind.AUDIO, contentType: 'audio/mp4' },
  'audio/ogg': { kind: StoryMediaKind.AUDIO, contentType: 'audio/ogg' },
  'audio/opus': { kind: StoryMediaKind.AUDIO, contentType: 'audio/ogg' },
  'audio/vnd.wave': { kind: StoryMediaKind.AUDIO, contentType: 'audio/wav' },
  'audio/wav': { kind: StoryMediaKind.AUDIO, contentType: 'audio/wav' },
  'audio/x-flac': { kind: StoryMediaKind.AUDIO, contentType: 'audio/flac' },
  'audio/flac': { kind: StoryMediaKind.AUDIO, contentType: 'audio/flac' },
};

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
};

export const extensionOf = (contentType: string): string => EXTENSIONS[contentType] ?? 'bin';

export const unsupportedMediaType = () =>
  new DomainError(
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'This file is not a photo (JPEG, PNG, WebP, AVIF), a video (MP4, WebM, MOV) or an audio recording (MP3, M4A, Ogg, WAV, FLAC).',
  );

/**
 * What the file is, judged by its first bytes (magic numbers), never by its name or by the type the
 * uploader declared. Anything not accepted is refused with UNSUPPORTED_MEDIA_TYPE.
 */
export async function detectMedia(head: Buffer): Promise<DetectedMedia> {
  const found = head.length ? await fromBuffer(head) : undefined;
  const accepted = found ? ACCEPTED[found.mime] : undefined;
  if (!accepted) throw unsupportedMediaType();
  return { ...accepted, extension: extensionOf(accepted.contentType) };
}

export function tooLarge(kind: StoryMediaKind, limit: number): DomainError {
  const noun = { PHOTO: 'A photo', VIDEO: 'A video', AUDIO: 'An audio recording' }[kind];
  return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, `${noun} may be at most ${formatMegabytes(limit)}.`);
}

export const formatMegabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} kB`;
