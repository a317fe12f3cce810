import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { CountryResolver } from './countries/country.resolver';
import { resolveCountryReference } from './countries/country.reference';
import { InitiativeResolver, OrganizationInitiativesResolver } from './initiatives/initiative.resolver';
import { resolveInitiativeReference } from './initiatives/initiative.reference';
import { OrganizationResolver } from './organizations/organization.resolver';
import { MembershipChangeResolver } from './organizations/membership-change.resolver';
import { InitiativeProposalResolver, ProposalResolver } from './proposals/proposal.resolver';
import { resolveOrganizationReference } from './organizations/organization.reference';
import { AccountResolver } from './accounts/account.resolver';
import { ApiTokenResolver } from './api-tokens/api-token.resolver';
import { AuditEventResolver } from './audit/audit.resolver';

/** The network subgraph: countries, organisations and their initiatives. */
export function buildNetworkSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      CountryResolver,
      OrganizationResolver,
      InitiativeResolver,
      OrganizationInitiativesResolver,
      MembershipChangeResolver,
      ProposalResolver,
      InitiativeProposalResolver,
      AccountResolver,
      ApiTokenResolver,
      AuditEventResolver,
    ],
    references: {
      Country: { __resolveReference: resolveCountryReference },
      Organization: { __resolveReference: resolveOrganizationReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
    },
  });
}
