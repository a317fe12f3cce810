import pino, { type Logger } from 'pino';
import { DiskMediaStorage } from './disk-storage';
import { DEFAULT_MEDIA_DIR, mediaEnvSchema, type MediaEnv } from './media-env';
import type { MediaStorage } from './media-storage';
export type { MediaStorage };
import { S3MediaStorage } from './s3-storage';

/** The storage chosen by the environment: S3-compatible when S3_BUCKET is set, otherwise local disk. */
export function storageFromEnv(env: MediaEnv): MediaStorage {
  if (env.S3_BUCKET) {
    return new S3MediaStorage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION ?? 'us-east-1',
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new DiskMediaStorage(env.MEDIA_DIR ?? DEFAULT_MEDIA_DIR);
}

let current: MediaStorage | undefined;
let currentLogger: Logger = pino({ level: 'silent' });

/** Sets the storage (and the logger for storage failures) every media path of this process uses. */
export function configureMedia(options: { storage?: MediaStorage; logger?: Logger }): void {
  if (options.storage) current = options.storage;
  if (options.logger) currentLogger = options.logger;
}

/** The configured storage; until `configureMedia` is called, the one the environment names. */
export function mediaStorage(): MediaStorage {
  current ??= storageFromEnv(mediaEnvSchema.parse(process.env));
  return current;
}

export const mediaLogger = (): Logger => currentLogger;
