import { z } from 'zod';

/**
 * Known to everyone who reads this repository: fine on a laptop, refused in production.
 * `npm start` and the tests use it; containers and servers must set their own.
 */
export const DEMO_IDENTITY_SECRET = 'best-demo-identity-secret-do-not-use-in-production';

export const identitySecret = () =>
  z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').default(DEMO_IDENTITY_SECRET);

/** In production, a secret left at its demo value is as good as none. */
export const refuseDemoSecretsInProduction =
  (names: string[]) => (env: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of names) {
      if (env[name] === DEMO_IDENTITY_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is the demo secret; set a secret of your own in production',
        });
      }
    }
  };
