import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '@best/kit';
import { CountryService } from './country.service';

/** A request's countries by code, and the figures of a country page, one statement per batch. */
export function countryLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    countryByCode: keyedLoader(
      (codes: readonly string[]) => CountryService.loadMany(ctx, codes),
      (c) => c.code,
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
