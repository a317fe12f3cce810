import type { Request, Response, Router } from 'express';
import { DomainError, ErrorCode, type SubgraphRouteDeps } from '@best/kit';
import type { NetworkContext } from '../context';
import { ApiTokenService } from '../api-tokens/api-token.service';
import { SessionService } from './session.service';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
};

const refuse = (res: Response, status: number, code: ErrorCode, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * The gateway's way to authenticate callers, mounted under `/internal` behind the gateway-signature
 * check (see createSubgraphServer `routes`); never reachable by clients. Errors use the GraphQL
 * envelope `{ errors: [{ message, extensions: { code } }] }`.
 *
 * - `POST /internal/authenticate` `{ sessionToken }` or `{ apiToken }` → 200 `{ viewer }` | 401
 * - `POST /internal/sign-in` `{ email, password, address }` → 200 `{ sessionToken, expiresAt, viewer }` | 400 | 401 | 429
 * - `POST /internal/sign-out` `{ sessionToken }` → 200 `{ signedOut }`
 */
export function networkInternalRoutes(deps: SubgraphRouteDeps<NetworkContext['loaders']>) {
  const { contextOf } = deps;
  const handle =
    (route: (ctx: NetworkContext, body: Record<string, unknown>, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      const body: unknown = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return refuse(res, 400, ErrorCode.BAD_REQUEST, 'Send a JSON object.');
      }
      try {
        await route(contextOf(req, res), body as Record<string, unknown>, res);
      } catch (error) {
        const code = error instanceof DomainError ? (error.extensions.code as ErrorCode) : undefined;
        if (code && STATUS[code]) return refuse(res, STATUS[code], code, (error as Error).message);
        deps.logger.error({ err: error }, 'internal authentication route failed');
        refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.');
      }
    };

  return (router: Router) => {
    router.post(
      '/authenticate',
      handle(async (ctx, body, res) => {
        const { sessionToken, apiToken } = body;
        const viewer =
          apiToken !== undefined
            ? await new ApiTokenService(ctx).authenticate(apiToken)
            : await new SessionService(ctx).authenticate(sessionToken);
        if (!viewer) {
          return refuse(
            res,
            401,
            ErrorCode.UNAUTHENTICATED,
            apiToken !== undefined
              ? 'This API token is not valid: it may be revoked or expired.'
              : 'Your session has ended. Sign in again.',
          );
        }
        res.json({ viewer });
      }),
    );
    router.post(
      '/sign-in',
      handle(async (ctx, body, res) => {
        const address = typeof body.address === 'string' ? body.address.slice(0, 100) : '';
        const signedIn = await new SessionService(ctx).signIn({ email: body.email, password: body.password, address });
        res.json({ ...signedIn, expiresAt: signedIn.expiresAt.toISOString() });
      }),
    );
    router.post(
      '/sign-out',
      handle(async (ctx, body, res) => {
        res.json({ signedOut: await new SessionService(ctx).signOut(body.sessionToken) });
      }),
    );
  };
}
