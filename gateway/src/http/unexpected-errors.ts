import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '@best/kit';
import { sendRefusal } from './refusal';

/**
 * The last error handler: whatever escapes the layers before it is answered as JSON with one of
 * our codes, never with Express's HTML page and stack trace. An HTTP client error (an `http-errors`
 * 4xx from a body reader) keeps its status as BAD_REQUEST; anything else is logged and masked.
 */
export function unexpectedErrors(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: { status?: unknown }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      sendRefusal(res, error.status, ErrorCode.BAD_REQUEST, 'The request could not be read.');
      return;
    }
    log(error);
    sendRefusal(
      res,
      500,
      ErrorCode.INTERNAL_SERVER_ERROR,
      'Something went wrong on our side. The error has been logged.',
    );
  };
}
