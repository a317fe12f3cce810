import type { Request, RequestHandler } from 'express';
import { ErrorCode } from '@best/kit';
import { sendRefusal } from './refusal';

/**
 * Cuts off a request whose body has not fully arrived `ms` after it reached the app: 408, then the
 * connection is closed. Node's own request limit is as long as a media upload needs, so this holds
 * every other request (GraphQL, sign-in, a body sent to an unknown path) to the short limit a slow
 * client may not outlast. `exempt` names the requests Node's limit alone governs.
 */
export function bodyDeadline(ms: number, exempt: (req: Request) => boolean = () => false): RequestHandler {
  return (req, res, next) => {
    if (req.complete || exempt(req)) return next();
    const timer = setTimeout(() => {
      if (req.complete) return;
      if (res.headersSent) {
        req.socket.destroy();
        return;
      }
      res.once('finish', () => req.socket.destroy());
      sendRefusal(res, 408, ErrorCode.REQUEST_TIMEOUT, 'The request took too long to arrive.', {
        connection: 'close',
      });
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    next();
  };
}

/** A media upload, which Node's longer request limit governs instead. */
export const isMediaUpload = (req: Request) => req.method === 'POST' && req.path.startsWith('/media/stories/');
