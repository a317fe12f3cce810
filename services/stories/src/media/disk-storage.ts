import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { constants, copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assertStorageKey, type ByteRange, type MediaStorage } from './media-storage';

/**
 * Media on the local disk under `dir`, spread over 256 sub-folders by the key's first two hex
 * digits. Files are written to a temporary name and renamed, so a reader never sees half a file.
 * Fine for one replica or a shared volume; several replicas on separate disks need S3.
 */
export class DiskMediaStorage implements MediaStorage {
  readonly kind = 'disk';

  constructor(readonly dir: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, source: string, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    // Folders above the media folder (e.g. the repository's .data, where PostgreSQL lives) keep the
    // usual mode: a recursive mkdir would give them 0o700 too, and the embedded PostgreSQL, run as
    // its own user, could no longer reach its data. Only the folders holding media are private.
    await mkdir(this.dir, { recursive: true });
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomUUID()}.partial`;
    await copyFile(source, temporary, constants.COPYFILE_EXCL);
    await rename(temporary, path);
  }

  async get(key: string, range?: ByteRange) {
    const path = this.pathOf(key);
    try {
      const { size } = await stat(path);
      return { body: createReadStream(path, range ? { start: range.start, end: range.end } : {}), byteSize: size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
