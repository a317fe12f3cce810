import type { DataSource } from 'typeorm';
import { keyedLoader } from '@best/kit';
import { CountryService } from './countries/country.service';
import { InitiativeService } from './initiatives/initiative.service';
import { OrganizationService } from './organizations/organization.service';

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
  };
}
export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;
