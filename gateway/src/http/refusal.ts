import type { Response } from 'express';
import type { ErrorCode } from '@best/kit';

/**
 * Answers a request refused before it reaches Apollo Server in the same shape as a GraphQL error,
 * so a client reads `extensions.code` whatever layer refused it.
 */
export function sendRefusal(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .status(status)
    .set(headers)
    .json({ errors: [{ message, extensions: { code } }] });
}
