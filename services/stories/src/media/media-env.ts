import { join, resolve } from 'node:path';
import { z } from 'zod';
import { bool } from '@best/kit';

/** The repository root, from src/media or dist/media of services/stories. */
const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
export const DEFAULT_MEDIA_DIR = join(REPO_ROOT, '.data', 'media');

const optionalText = () =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

/**
 * Where media bytes are stored. Local disk (MEDIA_DIR) unless S3_BUCKET is set; then an
 * S3-compatible service (AWS, MinIO, Ceph, Garage, …) at S3_ENDPOINT (empty: AWS itself) with the
 * given keys (empty: the SDK's usual credential chain, e.g. an instance role).
 */
export const mediaEnvSchema = z
  .object({
    MEDIA_DIR: optionalText(),
    S3_BUCKET: optionalText(),
    S3_REGION: optionalText(),
    S3_ENDPOINT: optionalText().refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
      message: 'must be an http:// or https:// URL',
    }),
    S3_ACCESS_KEY_ID: optionalText(),
    S3_SECRET_ACCESS_KEY: optionalText(),
    S3_FORCE_PATH_STYLE: bool(false),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_SECRET_ACCESS_KEY'],
        message: 'set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together (or neither)',
      });
    }
  });
export type MediaEnv = z.infer<typeof mediaEnvSchema>;
