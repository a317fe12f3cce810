import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { DomainError, ErrorCode } from '@best/kit';
import { detectMedia, SNIFF_BYTES, tooLarge, type DetectedMedia, type MediaLimits } from './media-types';

/** The form fields an upload may carry besides the file (anything else is ignored). */
export const UPLOAD_FIELDS = ['caption', 'altText', 'showsStoryteller'] as const;
export type UploadFields = Partial<Record<(typeof UPLOAD_FIELDS)[number], string>>;

/** Longest text accepted in one form field, in bytes; captions and alt text are far shorter. */
const FIELD_BYTES = 4_000;

/** Room for the multipart framing and the text fields around the file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface ReceivedUpload {
  /** The uploaded bytes, in a private temporary folder (`dir`) that the caller removes. */
  path: string;
  dir: string;
  byteSize: number;
  detected: DetectedMedia;
  fields: UploadFields;
}

const badRequest = (message: string) => new DomainError(ErrorCode.BAD_REQUEST, message);

/**
 * Reads a multipart/form-data upload (one part named `file`, text fields `caption`, `altText`,
 * `showsStoryteller`) into a temporary file, streaming: memory holds a chunk at a time, never the
 * file. The type is decided from the first bytes; the per-kind size limit is applied while the rest
 * arrives, and the upload refused with PAYLOAD_TOO_LARGE as soon as it is passed.
 */
export async function receiveUpload(req: IncomingMessage, limits: MediaLimits): Promise<ReceivedUpload> {
  const largest = Math.max(...Object.values(limits));
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fields: 10, parts: 12, fieldSize: FIELD_BYTES, fileSize: largest + 1, headerPairs: 20 },
    });
  } catch {
    throw badRequest('Send the upload as multipart/form-data with a part named "file".');
  }
  const dir = await mkdtemp(join(tmpdir(), 'best-media-'));
  const path = join(dir, 'upload');
  const fields: UploadFields = {};
  let saving: Promise<{ byteSize: number; detected: DetectedMedia }> | undefined;

  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) return reject(badRequest(`The field "${name}" is too long.`));
        if ((UPLOAD_FIELDS as readonly string[]).includes(name)) fields[name as keyof UploadFields] = value;
      });
      parser.on('file', (name, stream) => {
        if (name !== 'file' || saving) {
          stream.resume();
          return;
        }
        saving = saveFile(stream, path, limits);
        // A refusal (type, size) ends the upload at once rather than after the last byte.
        saving.catch(reject);
      });
      parser.on('filesLimit', () => reject(badRequest('Send one file per upload.')));
      parser.on('partsLimit', () => reject(badRequest('The form has too many parts.')));
      parser.on('fieldsLimit', () => reject(badRequest('The form has too many fields.')));
      parser.on('error', () => reject(badRequest('The upload is not valid multipart/form-data.')));
      parser.on('close', () => resolve());
      req.on('aborted', () => reject(badRequest('The upload was not complete.')));
      req.pipe(parser);
    });
    if (!saving) throw badRequest('Send the file in a form part named "file".');
    const { byteSize, detected } = await saving;
    return { path, dir, byteSize, detected, fields };
  } catch (error) {
    req.unpipe(parser);
    await saving?.catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function saveFile(
  stream: Readable,
  path: string,
  limits: MediaLimits,
): Promise<{ byteSize: number; detected: DetectedMedia }> {
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const head: Buffer[] = [];
  let headBytes = 0;
  let detected: DetectedMedia | undefined;
  let byteSize = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      byteSize += chunk.length;
      if (!detected) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= SNIFF_BYTES) detected = await detectMedia(Buffer.concat(head));
      }
      if (detected && byteSize > limits[detected.kind]) throw tooLarge(detected.kind, limits[detected.kind]);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    detected ??= await detectMedia(Buffer.concat(head));
    if (byteSize > limits[detected.kind]) throw tooLarge(detected.kind, limits[detected.kind]);
    out.end();
    await once(out, 'finish');
    return { byteSize, detected };
  } catch (error) {
    stream.resume();
    out.destroy();
    throw error;
  }
}
