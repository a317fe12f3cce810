import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '@best/kit';
import { sendRefusal } from './refusal';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes; checked against Content-Length before reading, and while reading. */
  limit: number;
}

export const DEFAULT_BODY_LIMIT = 100_000;

// The body is left unread on these refusals: closing the connection stops the client from sending
// the rest, and stops Node from reading it to reuse the connection.
const CLOSE = { connection: 'close' };

/** body-parser's error types, as our codes and a message a person understands. */
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is too large.',
  },
  'entity.parse.failed': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON.' },
  'charset.unsupported': { status: 415, code: ErrorCode.BAD_REQUEST, message: 'Send the request body as UTF-8.' },
  'encoding.unsupported': {
    status: 415,
    code: ErrorCode.BAD_REQUEST,
    message: 'Send the request body uncompressed (no Content-Encoding).',
  },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body was not complete.' },
  'request.size.invalid': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body does not match its Content-Length.',
  },
};

/**
 * Reads a JSON request body within a byte limit, refusing with our codes what body-parser would
 * answer with an HTML page: a declared length over the limit (413, before reading a byte), any
 * Content-Encoding (415: no inflating, so no gzip bomb; browsers never compress requests), bodies
 * that grow past the limit while read (413), and malformed JSON (400). Apollo Server's own body
 * handling accepts 50 MB and inflates gzip.
 */
export function jsonBody(options: Partial<JsonBodyOptions> = {}): (RequestHandler | ErrorRequestHandler)[] {
  const limit = options.limit ?? DEFAULT_BODY_LIMIT;
  const refuseBeforeReading: RequestHandler = (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      sendRefusal(
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is too large (at most ${limit} bytes).`,
        CLOSE,
      );
      return;
    }
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      const { status, code, message } = BODY_ERRORS['encoding.unsupported'];
      sendRefusal(res, status, code, message, CLOSE);
      return;
    }
    next();
  };
  const explainBodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    const known = error.type ? BODY_ERRORS[error.type] : undefined;
    if (!known) return next(error);
    sendRefusal(res, known.status, known.code, known.message, known.status === 413 ? CLOSE : {});
  };
  return [refuseBeforeReading, express.json({ limit, inflate: false }), explainBodyErrors];
}
