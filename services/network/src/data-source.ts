import { AuditEvent, createDataSource } from '@best/kit';
import { Country } from './countries/country.entity';
import { Initiative } from './initiatives/initiative.entity';
import { MembershipChange } from './organizations/membership-change.entity';
import { Organization } from './organizations/organization.entity';
import { CreateNetwork1764000000000 } from './migrations/1764000000000-CreateNetwork';
import { InitiativeProposal } from './proposals/proposal.entity';
import { CurateInitiatives1767000000000 } from './migrations/1767000000000-CurateInitiatives';
import { SearchInitiatives1767000100000 } from './migrations/1767000100000-SearchInitiatives';
import { CreateInitiativeProposals1767000200000 } from './migrations/1767000200000-CreateInitiativeProposals';
import { Account } from './accounts/account.entity';
import { ApiToken } from './api-tokens/api-token.entity';
import { Session } from './sessions/session.entity';
import { CreateAccessControl1766000000000 } from './migrations/1766000000000-CreateAccessControl';

export const networkEntities = [
  Country,
  Organization,
  MembershipChange,
  Initiative,
  InitiativeProposal,
  Account,
  Session,
  ApiToken,
  AuditEvent,
];
export const networkMigrations = [
  CreateNetwork1764000000000,
  CreateAccessControl1766000000000,
  CurateInitiatives1767000000000,
  SearchInitiatives1767000100000,
  CreateInitiativeProposals1767000200000,
];

export function createNetworkDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: networkEntities, migrations: networkMigrations, onQuery });
}
