import { In, type DataSource } from 'typeorm';
import { keyedLoader } from '@best/kit';
import { InitiativeProposal } from './proposal.entity';

/** A request's proposals by the initiative they created, one statement per batch. */
export function proposalLoaders(dataSource: DataSource) {
  return {
    proposalByInitiativeId: keyedLoader(
      (ids: readonly string[]) => dataSource.getRepository(InitiativeProposal).findBy({ initiativeId: In([...ids]) }),
      (proposal) => proposal.initiativeId,
    ),
  };
}
