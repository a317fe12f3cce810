import { rm } from 'node:fs/promises';
import type { Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import { DomainError, ErrorCode } from '@best/kit';
import type { StoriesContext } from '../context';
import { MediaService, mediaUrl } from './media.service';
import { FORM_OVERHEAD_BYTES, receiveUpload } from './media-upload';
import { DEFAULT_MEDIA_LIMITS, extensionOf, formatMegabytes, type MediaLimits } from './media-types';
import type { ByteRange } from './media-storage';
import type { StoryMedia } from './story-media.entity';

export interface MediaRoutesOptions {
  logger: Logger;
  /** Largest file per kind (defaults: photo 15 MB, audio 50 MB, video 200 MB). */
  limits?: Partial<MediaLimits>;
  /** The request context of each upload and download, made as for `/graphql`. */
  contextOf: (req: Request, res: Response) => StoriesContext;
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
};

/** Never cached anywhere: a withdrawal or a changed consent must hide the item on the next request. */
const NO_STORE = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

/** A media item as the upload answers it (the same fields as the GraphQL type StoryMedia). */
export const mediaJson = (media: StoryMedia) => ({
  id: media.id,
  kind: media.kind,
  contentType: media.contentType,
  byteSize: media.byteSize,
  width: media.width,
  height: media.height,
  caption: media.caption,
  altText: media.altText,
  showsStoryteller: media.showsStoryteller,
  url: mediaUrl(media.id),
  version: media.version,
});

/**
 * The stories subgraph's media routes, under the kit's `/internal` (gateway-signed callers only):
 * `POST /internal/media/stories/:storyId` (multipart upload) and `GET /internal/media/:id`. The
 * gateway exposes them as `/media/...`.
 */
export function mediaRoutes(router: Router, options: MediaRoutesOptions): void {
  const limits: MediaLimits = { ...DEFAULT_MEDIA_LIMITS, ...options.limits };
  const largest = Math.max(...Object.values(limits));
  const { logger, contextOf } = options;

  const refuse = (req: Request, res: Response, error: unknown) => {
    const known = error instanceof DomainError ? STATUS[String(error.extensions.code)] : undefined;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (!known) logger.error({ err: error }, 'unexpected error in a media route');
    const status = known ?? 500;
    const message = known
      ? (error as DomainError).message
      : 'Something went wrong on our side. The error has been logged.';
    const code = known ? (error as DomainError).extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
    const extra = known ? { ...(error as DomainError).extensions, code } : { code };
    // A body not read to its end: close the connection rather than read what nobody wants.
    const unread = !req.complete;
    res
      .status(status)
      .set(NO_STORE)
      .set(unread ? { connection: 'close' } : {})
      .json({ errors: [{ message, extensions: extra }] });
    if (unread) req.resume();
  };

  router.post('/media/stories/:storyId', async (req, res) => {
    try {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > largest + FORM_OVERHEAD_BYTES) {
        throw new DomainError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The upload is too large: a video may be at most ${formatMegabytes(limits.VIDEO)}, audio ${formatMegabytes(limits.AUDIO)}, a photo ${formatMegabytes(limits.PHOTO)}.`,
        );
      }
      if (!req.is('multipart/form-data')) {
        throw new DomainError(
          ErrorCode.BAD_REQUEST,
          'Send the upload as multipart/form-data with a part named "file".',
        );
      }
      const service = new MediaService(contextOf(req, res));
      const story = await service.storyToChange(String(req.params.storyId));
      const upload = await receiveUpload(req, limits);
      try {
        const media = await service.attach(story, upload);
        res
          .status(201)
          .set(NO_STORE)
          .json({ data: { media: mediaJson(media) } });
      } finally {
        await rm(upload.dir, { recursive: true, force: true });
      }
    } catch (error) {
      refuse(req, res, error);
    }
  });

  router.get('/media/:id', async (req, res) => {
    try {
      const { media, body, byteSize, range } = await new MediaService(contextOf(req, res)).open(
        String(req.params.id),
        (size) => byteRange(req.headers.range, size),
      );
      res.status(range ? 206 : 200).set({
        ...NO_STORE,
        'content-type': media.contentType,
        'content-length': String(range ? range.end - range.start + 1 : byteSize),
        'accept-ranges': 'bytes',
        ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${byteSize}` } : {}),
        // The file name is made here from the id, never taken from the uploader.
        'content-disposition': `inline; filename="${media.kind.toLowerCase()}-${media.id}.${extensionOf(media.contentType)}"`,
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'same-site',
      });
      body.on('error', (err) => {
        logger.error({ err, mediaId: media.id }, 'reading a stored media file failed');
        res.destroy();
      });
      body.pipe(res);
    } catch (error) {
      refuse(req, res, error);
    }
  });
}

/**
 * One range of `Range: bytes=...` within a file of `size` bytes (`a-b`, `a-`, `-n`), or null to
 * send the whole file: no header, several ranges, or one that does not fit (a server may ignore a
 * Range it does not serve). Browsers ask for ranges to play and seek video and audio.
 */
export function byteRange(header: string | undefined, size: number): ByteRange | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || size === 0 || (match[1] === '' && match[2] === '')) return null;
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end || start >= size) return null;
  return { start, end };
}
