import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader } from '@best/kit';
import { AwardDecisionService } from './award-decision.service';

/** Decisions by edition and the nominations they name: one statement per batch. */
export function awardDecisionLoaders(dataSource: DataSource) {
  const ctx = { dataSource };
  return {
    decisionByEditionId: keyedLoader(
      (ids: readonly string[]) => AwardDecisionService.loadMany(ctx, ids),
      (d) => d.editionId,
    ),
    decidedNominationsByEditionId: groupedLoader(
      (ids: readonly string[]) => AwardDecisionService.loadNamed(ctx, ids),
      (n) => n.editionId,
    ),
  };
}
