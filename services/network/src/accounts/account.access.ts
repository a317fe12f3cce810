import { Role, forbidden, unauthenticated, type Viewer } from '@best/kit';

/** The parts of an account the rules look at: its role and its country. */
export interface AccountScope {
  role: Role;
  countryCode: string | null;
}

/** Roles a national coordinator may give, change and disable, within their own country. */
const COORDINATED_ROLES: readonly Role[] = [Role.ORGANIZATION_MEMBER, Role.VIEWER];

/** Accounts are people: partner tokens never see or manage them. */
const isPerson = (viewer: Viewer) => viewer.kind === 'USER' || viewer.kind === 'SYSTEM';

/** Read: admin (all); coordinator (accounts of their country); yourself. */
export function canReadAccount(viewer: Viewer, account: { id: string; countryCode: string | null }): boolean {
  if (!isPerson(viewer)) return false;
  if (viewer.role === Role.ADMIN || (viewer.id !== null && viewer.id === account.id)) return true;
  return viewer.role === Role.NATIONAL_COORDINATOR && account.countryCode === viewer.countryCode;
}

/** Change: admin (any account); coordinator (members and viewers of their country). */
export function canManageAccount(viewer: Viewer, account: AccountScope): boolean {
  if (!isPerson(viewer)) return false;
  if (viewer.role === Role.ADMIN) return true;
  return (
    viewer.role === Role.NATIONAL_COORDINATOR &&
    COORDINATED_ROLES.includes(account.role) &&
    account.countryCode !== null &&
    account.countryCode === viewer.countryCode
  );
}

/** May this caller manage any account at all (checked before looking anything up)? */
export const managesAccounts = (viewer: Viewer) =>
  isPerson(viewer) && (viewer.role === Role.ADMIN || viewer.role === Role.NATIONAL_COORDINATOR);

/**
 * The SQL condition on `account` for a list: admin, every account; coordinator, their country's and
 * their own; any other person, their own; a token, none. Null when nothing is left out.
 */
export function accountsCondition(viewer: Viewer): { sql: string; params: Record<string, unknown> } | null {
  if (!isPerson(viewer)) return { sql: 'false', params: {} };
  if (viewer.role === Role.NATIONAL_COORDINATOR) {
    return {
      sql: '(account.country_code = :own OR account.id = :self)',
      params: { own: viewer.countryCode, self: viewer.id },
    };
  }
  if (viewer.role !== Role.ADMIN) return { sql: 'account.id = :self', params: { self: viewer.id } };
  return null;
}

/** The refusal for a write outside the rules: UNAUTHENTICATED for the public, FORBIDDEN for everyone else. */
export const refusal = (viewer: Viewer, message?: string) =>
  viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden(message);
