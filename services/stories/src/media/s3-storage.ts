import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertStorageKey, type ByteRange, type MediaStorage } from './media-storage';

export interface S3MediaStorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, Ceph, Garage…); absent for AWS itself. */
  endpoint?: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key` (most self-hosted services). */
  forcePathStyle?: boolean;
  /** Absent: the SDK's default credential chain (environment, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Object key prefix, e.g. "media/". */
  prefix?: string;
}

/** Media in an S3-compatible bucket. Objects are private: only the stories subgraph reads them. */
export class S3MediaStorage implements MediaStorage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly options: S3MediaStorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // S3-compatible services (MinIO, Ceph, Garage…) do not all accept the SDK's default
      // streaming checksums; AWS accepts plain requests too.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.prefix = options.prefix ?? 'media/';
  }

  private objectKey(key: string): string {
    return `${this.prefix}${assertStorageKey(key)}`;
  }

  async put(key: string, path: string, contentType: string): Promise<void> {
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string, range?: ByteRange) {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: this.objectKey(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      if (!answer.Body) return null;
      // A ranged answer names the whole size after the slash: "bytes 0-99/1234".
      const whole = /\/(\d+)$/.exec(answer.ContentRange ?? '')?.[1];
      return { body: answer.Body as Readable, byteSize: Number(whole ?? answer.ContentLength ?? 0) };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }

  /** Closes the client's connections (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
