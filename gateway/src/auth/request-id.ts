import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request's id, shared by the authentication call, the subgraph calls and the audit log. A
 * client's `x-request-id` is kept only when it is short and plain (it ends up in logs and the audit
 * table); otherwise a new one replaces it, on the request itself, so that every later reader agrees.
 */
export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && SAFE_REQUEST_ID.test(given)) return given;
  const id = randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}
