import type { Viewer } from '@best/kit';
import type { Account } from './account.entity';

/** The identity the gateway signs for a signed-in account, built from the account as it is now. */
export function viewerOfAccount(account: Account): Viewer {
  return {
    kind: 'USER',
    id: account.id,
    role: account.role,
    countryCode: account.countryCode,
    organizationId: account.organizationId,
    // A person's rights come from their role; scopes limit partner tokens only (see hasScope).
    scopes: [],
    displayName: account.displayName,
  };
}
