import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '@best/kit';
import { CountryService } from './countries/country.service';
import { InitiativeService } from './initiatives/initiative.service';
import { OrganizationService } from './organizations/organization.service';
import { InitiativeProposal } from './proposals/proposal.entity';

/** One DataLoader per entity, fresh for each request: references resolve in one statement per batch. */
export function createNetworkLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    countryByCode: keyedLoader(
      (codes: readonly string[]) => CountryService.loadMany(ctx, codes),
      (c) => c.code,
    ),
    organizationById: keyedLoader(
      (ids: readonly string[]) => OrganizationService.loadMany(ctx, ids),
      (o) => o.id,
    ),
    initiativeById: keyedLoader(
      (ids: readonly string[]) => InitiativeService.loadMany(ctx, ids),
      (i) => i.id,
    ),
    membershipHistoryByOrganizationId: groupedLoader(
      (ids: readonly string[]) => OrganizationService.loadHistories(ctx, ids),
      (change) => change.organizationId,
    ),
    proposalByInitiativeId: keyedLoader(
      (ids: readonly string[]) => dataSource.getRepository(InitiativeProposal).findBy({ initiativeId: In([...ids]) }),
      (proposal) => proposal.initiativeId,
    ),
    organizationStagesByCountry: groupedLoader(
      (codes: readonly string[]) => CountryService.loadStageRows(ctx, codes),
      (row) => row.countryCode,
    ),
    initiativeFiguresByCountry: groupedLoader(
      (codes: readonly string[]) => CountryService.loadStatusRows(ctx, codes),
      (row) => row.countryCode,
    ),
    pendingProposalsByCountry: groupedLoader(
      (codes: readonly string[]) => CountryService.loadPendingRows(ctx, codes),
      (row) => row.countryCode,
    ),
  };
}
export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;
