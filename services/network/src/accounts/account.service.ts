import {
  AuditAction,
  conflict,
  forbidden,
  hashPassword,
  isUniqueViolation,
  isUuid,
  notFound,
  paginate,
  recordAudit,
  type Connection,
} from '@best/kit';
import type { EntityManager } from 'typeorm';
import type { NetworkContext } from '../context';
import { SessionService } from '../sessions/session.service';
import { Account } from './account.entity';
import type { AccountsArgs } from './account.args';
import type { ChangeAccountRoleInput, CreateAccountInput, DisableAccountInput } from './account.input';
import type { ChangeAccountRolePayload, CreateAccountPayload, DisableAccountPayload } from './account.payload';
import { accountsCondition, canManageAccount, canReadAccount, managesAccounts, refusal } from './account.access';
import { resolveAccountShape } from './account.shape';

export class AccountService {
  constructor(private readonly ctx: NetworkContext) {}

  /** The caller's own account; null for the public, partner tokens and disabled accounts. */
  async me(): Promise<Account | null> {
    const { viewer } = this.ctx;
    if (viewer.kind !== 'USER' || !viewer.id || !isUuid(viewer.id)) return null;
    const account = await this.ctx.dataSource.getRepository(Account).findOneBy({ id: viewer.id });
    return account && !account.disabledAt ? account : null;
  }

  /** One account the caller may read, else null (hidden accounts cannot be probed). */
  async byId(id: string): Promise<Account | null> {
    if (!isUuid(id)) return null;
    const account = await this.ctx.dataSource.getRepository(Account).findOneBy({ id });
    return account && canReadAccount(this.ctx.viewer, account) ? account : null;
  }

  /** Admin: every account; coordinator: their country's and their own; anyone else: their own. */
  list(args: AccountsArgs): Promise<Connection<Account>> {
    const { viewer } = this.ctx;
    const query = this.ctx.dataSource.getRepository(Account).createQueryBuilder('account');
    const visible = accountsCondition(viewer);
    if (visible) query.andWhere(visible.sql, visible.params);

    if (args.countryCode)
      query.andWhere('account.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.role) query.andWhere('account.role = :role', { role: args.role });
    if (!args.includeDisabled) query.andWhere('account.disabled_at IS NULL');
    if (args.search?.trim()) {
      query.andWhere("(account.display_name || ' ' || account.email) ILIKE :search", {
        search: `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(query, args, { column: 'account.display_name', value: (a) => a.displayName });
  }

  async create(input: CreateAccountInput): Promise<CreateAccountPayload> {
    const { viewer } = this.ctx;
    if (!managesAccounts(viewer)) throw refusal(viewer);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.ctx.dataSource.transaction(async (tx) => {
        const shape = await resolveAccountShape(tx, input.role, input);
        if (!canManageAccount(viewer, { role: input.role, countryCode: shape.countryCode })) {
          throw forbidden('A national coordinator creates accounts for members and viewers of their own country only.');
        }
        const accounts = tx.getRepository(Account);
        const account = await accounts.save(
          accounts.create({
            email: input.email.trim(),
            displayName: input.displayName.trim(),
            passwordHash,
            role: input.role,
            ...shape,
          }),
        );
        await this.audit(tx, AuditAction.ACCOUNT_CREATED, account.id, { role: account.role, ...shape });
        return { account };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'account_email_unique'))
        throw conflict('An account with this email already exists.');
      throw error;
    }
  }

  async changeRole(input: ChangeAccountRoleInput): Promise<ChangeAccountRolePayload> {
    const { viewer } = this.ctx;
    if (!managesAccounts(viewer)) throw refusal(viewer);
    if (input.accountId === viewer.id) throw forbidden('You cannot change your own role; ask an admin.');
    return this.ctx.dataSource.transaction(async (tx) => {
      const account = await this.lockManageable(tx, input.accountId);
      if (input.expectedVersion != null && input.expectedVersion !== account.version) {
        throw conflict('Someone changed this account since you loaded it. Reload it and try again.');
      }
      const shape = await resolveAccountShape(tx, input.role, input);
      if (!canManageAccount(viewer, { role: input.role, countryCode: shape.countryCode })) {
        throw forbidden('A national coordinator gives only the member and viewer roles, in their own country.');
      }
      const before = { role: account.role, countryCode: account.countryCode, organizationId: account.organizationId };
      Object.assign(account, { role: input.role, ...shape });
      const saved = await tx.getRepository(Account).save(account);
      await this.audit(tx, AuditAction.ACCOUNT_ROLE_CHANGED, account.id, {
        before,
        after: { role: saved.role, ...shape },
      });
      return { account: saved };
    });
  }

  /** Disables an account and ends every session it has, in one transaction. Disabling twice changes nothing. */
  async disable(input: DisableAccountInput): Promise<DisableAccountPayload> {
    const { viewer } = this.ctx;
    if (!managesAccounts(viewer)) throw refusal(viewer);
    if (input.accountId === viewer.id) throw forbidden('You cannot disable your own account; ask an admin.');
    return this.ctx.dataSource.transaction(async (tx) => {
      const account = await this.lockManageable(tx, input.accountId);
      if (account.disabledAt) return { account, sessionsEnded: 0 };
      account.disabledAt = new Date();
      const saved = await tx.getRepository(Account).save(account);
      const sessionsEnded = await SessionService.endAllOf(tx, account.id);
      await this.audit(tx, AuditAction.ACCOUNT_DISABLED, account.id, {
        reason: input.reason?.trim() || null,
        sessionsEnded,
      });
      return { account: saved, sessionsEnded };
    });
  }

  /** The account, locked for the change; NOT_FOUND when the caller cannot see it, FORBIDDEN when they cannot change it. */
  private async lockManageable(tx: EntityManager, id: string): Promise<Account> {
    const account = await tx.getRepository(Account).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!account || !canReadAccount(this.ctx.viewer, account)) throw notFound('Account', id);
    if (!canManageAccount(this.ctx.viewer, account)) {
      throw forbidden('A national coordinator manages only members and viewers of their own country.');
    }
    return account;
  }

  private audit(tx: EntityManager, action: AuditAction, accountId: string, details: Record<string, unknown>) {
    return recordAudit(this.ctx, { action, subjectType: 'Account', subjectId: accountId, details }, tx);
  }
}
