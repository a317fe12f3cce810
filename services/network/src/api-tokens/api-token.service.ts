import type { EntityManager } from 'typeorm';
import {
  AuditAction,
  Role,
  badUserInput,
  forbidden,
  notFound,
  paginate,
  recordAudit,
  type Connection,
  type Viewer,
} from '@best/kit';
import type { NetworkContext } from '../context';
import { refusal } from '../accounts/account.access';
import { Organization } from '../organizations/organization.entity';
import { sha256 } from '../sessions/secret-token';
import { ApiToken } from './api-token.entity';
import type { ApiTokensArgs } from './api-token.args';
import { MAX_API_TOKEN_LIFETIME_DAYS, type CreateApiTokenInput, type RevokeApiTokenInput } from './api-token.input';
import type { CreateApiTokenPayload, RevokeApiTokenPayload } from './api-token.payload';
import { canManageApiTokens, canReadApiTokens, managesApiTokens } from './api-token.access';
import { API_TOKEN_PATTERN, newApiTokenSecret } from './api-token.secret';

const DAY_MS = 24 * 60 * 60 * 1000;
/** `lastUsedAt` is written at most this often per token: one cheap UPDATE a minute, not one per request. */
const LAST_USED_PRECISION_SECONDS = 60;

export class ApiTokenService {
  constructor(private readonly ctx: NetworkContext) {}

  /** An organisation's tokens, newest first; empty for callers who may not see them. */
  async list(args: ApiTokensArgs): Promise<Connection<ApiToken>> {
    const organization = await this.ctx.dataSource.getRepository(Organization).findOneBy({ id: args.organizationId });
    const query = this.ctx.dataSource
      .getRepository(ApiToken)
      .createQueryBuilder('token')
      .where('token.organization_id = :organizationId', { organizationId: args.organizationId });
    if (!organization || !canReadApiTokens(this.ctx.viewer, organization)) query.andWhere('false');
    if (!args.includeInactive) query.andWhere('token.revoked_at IS NULL AND token.expires_at > now()');
    return paginate(query, args, { column: 'token.created_at', value: (t) => t.createdAt, direction: 'DESC' });
  }

  /** Creates a token and returns its secret, this once; only its hash is stored. */
  async create(input: CreateApiTokenInput): Promise<CreateApiTokenPayload> {
    const { viewer } = this.ctx;
    if (!managesApiTokens(viewer)) throw refusal(viewer);
    const organization = await this.ctx.dataSource.getRepository(Organization).findOneBy({ id: input.organizationId });
    if (!organization) throw notFound('Organization', input.organizationId);
    if (!canManageApiTokens(viewer, organization)) {
      throw forbidden("A national coordinator creates tokens for their own country's organisations only.");
    }
    const now = Date.now();
    if (input.expiresAt.getTime() <= now + 60_000) {
      throw badUserInput('A token must expire in the future.', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    }
    if (input.expiresAt.getTime() > now + MAX_API_TOKEN_LIFETIME_DAYS * DAY_MS) {
      throw badUserInput(`A token may live at most ${MAX_API_TOKEN_LIFETIME_DAYS} days; renew it with a new one.`, [
        { field: 'expiresAt', message: `must be at most ${MAX_API_TOKEN_LIFETIME_DAYS} days away` },
      ]);
    }
    const { token, prefix } = newApiTokenSecret();
    return this.ctx.dataSource.transaction(async (tx) => {
      const tokens = tx.getRepository(ApiToken);
      const apiToken = await tokens.save(
        tokens.create({
          organizationId: organization.id,
          name: input.name.trim(),
          scopes: [...new Set(input.scopes)],
          prefix,
          secretHash: sha256(token),
          expiresAt: input.expiresAt,
          createdAt: new Date(now),
          createdById: viewer.id,
          createdBy: viewer.displayName ?? 'B.E.S.T. platform',
        }),
      );
      await this.audit(tx, AuditAction.API_TOKEN_CREATED, apiToken, {
        organizationId: organization.id,
        name: apiToken.name,
        scopes: apiToken.scopes,
        prefix,
        expiresAt: apiToken.expiresAt.toISOString(),
      });
      return { apiToken, secret: token };
    });
  }

  /** Revokes a token: the next request that carries it is refused. Revoking twice changes nothing. */
  async revoke(input: RevokeApiTokenInput): Promise<RevokeApiTokenPayload> {
    const { viewer } = this.ctx;
    if (!managesApiTokens(viewer)) throw refusal(viewer);
    return this.ctx.dataSource.transaction(async (tx) => {
      const apiToken = await tx
        .getRepository(ApiToken)
        .findOne({ where: { id: input.apiTokenId }, lock: { mode: 'pessimistic_write' } });
      const organization = apiToken
        ? await tx.getRepository(Organization).findOneBy({ id: apiToken.organizationId })
        : null;
      if (!apiToken || !organization || !canReadApiTokens(viewer, organization)) {
        throw notFound('API token', input.apiTokenId);
      }
      if (!canManageApiTokens(viewer, organization)) throw forbidden();
      if (apiToken.revokedAt) return { apiToken };
      apiToken.revokedAt = new Date();
      const saved = await tx.getRepository(ApiToken).save(apiToken);
      await this.audit(tx, AuditAction.API_TOKEN_REVOKED, saved, {
        organizationId: organization.id,
        prefix: saved.prefix,
      });
      return { apiToken: saved };
    });
  }

  /**
   * The identity of a partner token: a member of its organisation within the token's scopes; null
   * when the token is unknown, revoked or expired. Read every request, never cached.
   */
  async authenticate(token: unknown): Promise<Viewer | null> {
    if (typeof token !== 'string' || !API_TOKEN_PATTERN.test(token)) return null;
    const rows: { id: string; name: string; scopes: string[]; organization_id: string; country_code: string }[] =
      await this.ctx.dataSource.query(
        `SELECT t.id, t.name, t.scopes, t.organization_id, o.country_code
           FROM api_token t JOIN organization o ON o.id = t.organization_id
          WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()`,
        [sha256(token)],
      );
    const row = rows[0];
    if (!row) return null;
    await this.ctx.dataSource.query(
      `UPDATE api_token SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
      [row.id, LAST_USED_PRECISION_SECONDS],
    );
    return {
      kind: 'TOKEN',
      id: row.id,
      role: Role.ORGANIZATION_MEMBER,
      countryCode: row.country_code,
      organizationId: row.organization_id,
      scopes: row.scopes as Viewer['scopes'],
      displayName: `API token "${row.name}"`,
    };
  }

  private audit(tx: EntityManager, action: AuditAction, token: ApiToken, details: Record<string, unknown>) {
    return recordAudit(this.ctx, { action, subjectType: 'ApiToken', subjectId: token.id, details }, tx);
  }
}
