import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '@best/kit';
import { OrganizationService } from './organization.service';

/** A request's organisations by id and their membership histories, one statement per batch. */
export function organizationLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    organizationById: keyedLoader(
      (ids: readonly string[]) => OrganizationService.loadMany(ctx, ids),
      (o) => o.id,
    ),
    membershipHistoryByOrganizationId: groupedLoader(
      (ids: readonly string[]) => OrganizationService.loadHistories(ctx, ids),
      (change) => change.organizationId,
    ),
  };
}
