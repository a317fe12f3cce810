import { registerEnumType } from 'type-graphql';
import { Scope } from '@best/kit';

registerEnumType(Scope, {
  name: 'ApiTokenScope',
  description: 'What a partner API token may do; it acts as a member of its organisation within these.',
  valuesConfig: {
    READ: { description: 'Read what a member of the organisation may read.' },
    WRITE: { description: "Change the organisation's own data, as a member may." },
    EXPORT: { description: 'Run the registered export operations.' },
  },
});

/** Where a token stands today. */
export enum ApiTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiTokenStatus, { name: 'ApiTokenStatus' });

export { Scope };
