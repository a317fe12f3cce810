import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Where media bytes are kept: local disk by default, S3-compatible storage when configured. */
export interface MediaStorage {
  /** Human-readable kind, for logs ("disk", "s3"). */
  readonly kind: string;
  /**
   * Stores the local file at `path` under `key` (a key from `newStorageKey`; keys are never reused).
   * Files, not buffers: a 200 MB video is streamed, never held in memory.
   */
  put(key: string, path: string, contentType: string): Promise<void>;
  /**
   * The stored bytes as a stream (only `range`, inclusive, when given), or null when nothing is
   * stored under `key`. `byteSize` is the size of the whole file.
   */
  get(key: string, range?: ByteRange): Promise<{ body: Readable; byteSize: number } | null>;
  /** Removes the bytes; removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

/** A part of a file, first and last byte included (HTTP Range semantics). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Storage keys are random ids, never derived from what a caller sent (no names, no paths). */
const STORAGE_KEY = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomUUID().replaceAll('-', '');
}

/** Refuses anything that is not a key `newStorageKey` made, so no key can name another path. */
export function assertStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`not a media storage key: ${JSON.stringify(key).slice(0, 60)}`);
  return key;
}
