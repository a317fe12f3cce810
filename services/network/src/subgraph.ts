import type { DataSource } from 'typeorm';
import { AuditEvent, defineSubgraph, type SubgraphDefinition } from '@best/kit';
import { Account } from './accounts/account.entity';
import { ApiToken } from './api-tokens/api-token.entity';
import { Country } from './countries/country.entity';
import { countryLoaders } from './countries/country.loaders';
import { Initiative } from './initiatives/initiative.entity';
import { initiativeLoaders } from './initiatives/initiative.loaders';
import { CreateNetwork1764000000000 } from './migrations/1764000000000-CreateNetwork';
import { CreateAccessControl1766000000000 } from './migrations/1766000000000-CreateAccessControl';
import { CurateInitiatives1767000000000 } from './migrations/1767000000000-CurateInitiatives';
import { SearchInitiatives1767000100000 } from './migrations/1767000100000-SearchInitiatives';
import { CreateInitiativeProposals1767000200000 } from './migrations/1767000200000-CreateInitiativeProposals';
import { RecordIntakeChecksByTraitKey1775000000000 } from './migrations/1775000000000-RecordIntakeChecksByTraitKey';
import { MembershipChange } from './organizations/membership-change.entity';
import { Organization } from './organizations/organization.entity';
import { organizationLoaders } from './organizations/organization.loaders';
import { InitiativeProposal } from './proposals/proposal.entity';
import { proposalLoaders } from './proposals/proposal.loaders';
import { buildNetworkSchema } from './schema';
import { seedNetworkDemo } from './seed/demo-seed';
import { networkInternalRoutes } from './sessions/internal.routes';
import { Session } from './sessions/session.entity';

/** One DataLoader per entity, fresh for each request: references resolve in one statement per batch. */
function createNetworkLoaders(dataSource: DataSource) {
  return {
    ...countryLoaders(dataSource),
    ...organizationLoaders(dataSource),
    ...initiativeLoaders(dataSource),
    ...proposalLoaders(dataSource),
  };
}

export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;

/** The network subgraph: countries, organisations and their initiatives, accounts, sessions and API tokens. */
export const networkSubgraph: SubgraphDefinition<NetworkLoaders> = defineSubgraph({
  name: 'network',
  defaultPort: 4001,
  entities: [
    Country,
    Organization,
    MembershipChange,
    Initiative,
    InitiativeProposal,
    Account,
    Session,
    ApiToken,
    AuditEvent,
  ],
  migrations: [
    CreateNetwork1764000000000,
    CreateAccessControl1766000000000,
    CurateInitiatives1767000000000,
    SearchInitiatives1767000100000,
    CreateInitiativeProposals1767000200000,
    RecordIntakeChecksByTraitKey1775000000000,
  ],
  // The intake checklist is the published guideline's intake traits, owned by awards.
  readsThroughGateway: true,
  buildSchema: buildNetworkSchema,
  createLoaders: createNetworkLoaders,
  seedDemo: seedNetworkDemo,
  // The gateway authenticates every request here: sessions and partner tokens live in this subgraph.
  routes: networkInternalRoutes,
});
