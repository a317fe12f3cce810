import type { EntityManager } from 'typeorm';
import {
  AuditAction,
  DomainError,
  ErrorCode,
  MAX_PASSWORD_LENGTH,
  badUserInput,
  hashPassword,
  needsRehash,
  recordAudit,
  verifyAgainstDecoy,
  verifyPassword,
  type Viewer,
} from '@best/kit';
import type { NetworkContext } from '../context';
import { Account } from '../accounts/account.entity';
import { viewerOfAccount } from '../accounts/account.viewer';
import { Session } from './session.entity';
import { SESSION_TOKEN_PATTERN, newSessionToken, sha256 } from './secret-token';
import { SIGN_IN_LIMIT, SignInThrottle } from './sign-in-throttle';

/**
 * A session lasts 12 hours from sign-in, fixed (not sliding): a working day, then sign in again.
 * Fixed keeps authentication a read-only lookup (no write per request) and bounds how long a
 * stolen cookie works; sign-out and disabling the account end it earlier.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** One message for every failed sign-in: it must not tell whether the email has an account. */
export const SIGN_IN_REFUSED = 'The email or password is not right.';

export interface SignInRequest {
  email: unknown;
  password: unknown;
  /** The caller's network address as the gateway saw it: the throttle counts per email and address. */
  address: string;
}

export interface SignedIn {
  sessionToken: string;
  expiresAt: Date;
  viewer: Viewer;
}

export class SessionService {
  constructor(private readonly ctx: NetworkContext) {}

  async signIn(request: SignInRequest): Promise<SignedIn> {
    const { email, password } = request;
    if (typeof email !== 'string' || email.length < 3 || email.length > 254) {
      throw badUserInput('Enter your email address.', [{ field: 'email', message: 'must be an email address' }]);
    }
    if (typeof password !== 'string' || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
      throw badUserInput('Enter your password.', [{ field: 'password', message: 'must not be empty' }]);
    }
    const address = request.address || 'unknown';
    const throttle = new SignInThrottle(this.ctx.dataSource, email, address);
    if (await throttle.isBlocked()) {
      await this.auditFailure(email, address, 'RATE_LIMITED');
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many failed sign-ins. Try again in ${SIGN_IN_LIMIT.windowMinutes} minutes.`,
      );
    }

    const account = await this.ctx.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .where('lower(account.email) = lower(:email)', { email: email.trim() })
      .getOne();
    // The same work whether or not the account exists, so that neither answer nor timing tells.
    const matches = account ? await verifyPassword(password, account.passwordHash) : await verifyAgainstDecoy(password);
    if (!account || !matches || account.disabledAt) {
      await throttle.recordFailure();
      await this.auditFailure(email, address, !account ? 'UNKNOWN_EMAIL' : !matches ? 'WRONG_PASSWORD' : 'DISABLED');
      throw new DomainError(ErrorCode.UNAUTHENTICATED, SIGN_IN_REFUSED);
    }

    await throttle.clear();
    if (needsRehash(account.passwordHash)) {
      await this.ctx.dataSource
        .getRepository(Account)
        .update({ id: account.id }, { passwordHash: await hashPassword(password) });
    }
    const sessionToken = newSessionToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    const viewer = viewerOfAccount(account);
    await this.ctx.dataSource.transaction(async (tx) => {
      // Sessions long expired are of no use to anyone: drop this account's while we are here.
      await tx
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where("account_id = :id AND expires_at < now() - interval '1 day'", { id: account.id })
        .execute();
      await tx
        .getRepository(Session)
        .insert({ accountId: account.id, tokenHash: sha256(sessionToken), createdAt: now, expiresAt });
      await recordAudit(
        this.ctx,
        {
          action: AuditAction.SIGNED_IN,
          actor: viewer,
          subjectType: 'Account',
          subjectId: account.id,
          details: { address },
        },
        tx,
      );
    });
    return { sessionToken, expiresAt, viewer };
  }

  /**
   * The account behind a session token, as the identity the gateway will sign; null when the token
   * is unknown, ended, expired, or its account disabled. Read every request, never cached: a
   * sign-out or a change of role shows on the very next request.
   */
  async authenticate(sessionToken: unknown): Promise<Viewer | null> {
    if (typeof sessionToken !== 'string' || !SESSION_TOKEN_PATTERN.test(sessionToken)) return null;
    const account = await this.ctx.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .innerJoin(Session, 'session', 'session.account_id = account.id')
      .where('session.token_hash = :hash', { hash: sha256(sessionToken) })
      .andWhere('session.revoked_at IS NULL AND session.expires_at > now() AND account.disabled_at IS NULL')
      .getOne();
    return account ? viewerOfAccount(account) : null;
  }

  /** Ends the session of this token; true when one was open. Signing out twice is not an error. */
  async signOut(sessionToken: unknown): Promise<boolean> {
    if (typeof sessionToken !== 'string' || !SESSION_TOKEN_PATTERN.test(sessionToken)) return false;
    const ended = await this.ctx.dataSource
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('token_hash = :hash AND revoked_at IS NULL AND expires_at > now()', { hash: sha256(sessionToken) })
      .returning('account_id')
      .execute();
    const accountId: string | undefined = (ended.raw as { account_id: string }[])[0]?.account_id;
    if (!accountId) return false;
    const account = await this.ctx.dataSource.getRepository(Account).findOneBy({ id: accountId });
    await recordAudit(this.ctx, {
      action: AuditAction.SIGNED_OUT,
      actor: account ? viewerOfAccount(account) : { kind: 'USER', id: accountId, displayName: null },
      subjectType: 'Account',
      subjectId: accountId,
    });
    return true;
  }

  /** Ends every open session of an account (when it is disabled); returns how many were open. */
  static async endAllOf(tx: EntityManager, accountId: string): Promise<number> {
    const result = await tx
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL AND expires_at > now()', { accountId })
      .execute();
    return result.affected ?? 0;
  }

  private auditFailure(email: string, address: string, reason: string) {
    return recordAudit(this.ctx, {
      action: AuditAction.SIGN_IN_FAILED,
      subjectType: 'Account',
      details: { email: email.trim().toLowerCase().slice(0, 254), address, reason },
    });
  }
}
