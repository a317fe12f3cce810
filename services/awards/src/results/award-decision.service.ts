import { canReadNetwork, isUuid } from '@best/kit';
import type { AwardsContext } from '../context';
import type { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Nomination } from '../nominations/nomination.entity';
import { NominationStatus } from '../nominations/nomination.enums';
import { AwardDecision } from './award-decision.entity';
import { resultsViewOf } from './results.access';

const DECIDED: readonly AwardEditionPhase[] = [AwardEditionPhase.DECIDED, AwardEditionPhase.ANNOUNCED];

/** Reading a recorded decision (`AwardEdition.decision`) under the rule of the results it decided. */
export class AwardDecisionService {
  constructor(private readonly ctx: AwardsContext) {}

  /**
   * The edition's decision as `awardResults` lets the caller see it: admins and the coordinator of
   * the edition's country once it is DECIDED, everyone once ANNOUNCED; null otherwise.
   */
  async forEdition(edition: AwardEdition): Promise<AwardDecision | null> {
    if (!DECIDED.includes(edition.phase) || resultsViewOf(this.ctx.viewer, edition) === 'NONE') return null;
    return this.ctx.loaders.decisionByEditionId.load(edition.id);
  }

  /** Who recorded it: for the network, as who moved a phase is; null for the public. */
  decidedBy(decision: AwardDecision): string | null {
    return canReadNetwork(this.ctx.viewer) ? decision.decidedBy : null;
  }

  /**
   * The nominations the decision names in one role, in the order they were submitted. Whoever
   * reads the decision reads them, as `awardResults` shows them, special mentions included.
   */
  async named(decision: AwardDecision, role: 'WINNER' | 'FINALIST' | 'SPECIAL_MENTION'): Promise<Nomination[]> {
    const named = await this.ctx.loaders.decidedNominationsByEditionId.load(decision.editionId);
    if (role === 'SPECIAL_MENTION') return named.filter((n) => decision.specialMentionIds.includes(n.id));
    return named.filter((n) => n.status === (role as NominationStatus));
  }

  static loadMany(ctx: Pick<AwardsContext, 'dataSource'>, editionIds: readonly string[]): Promise<AwardDecision[]> {
    const valid = editionIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(AwardDecision)
      .createQueryBuilder('decision')
      .where('decision.edition_id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** Winners, finalists and special mentions of each decided edition, in one statement. */
  static loadNamed(ctx: Pick<AwardsContext, 'dataSource'>, editionIds: readonly string[]): Promise<Nomination[]> {
    const valid = editionIds.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('n')
      .where('n.edition_id IN (:...ids)', { ids: valid })
      .andWhere(
        `(n.status IN ('WINNER', 'FINALIST') OR EXISTS (SELECT 1 FROM award_decision d
          WHERE d.edition_id = n.edition_id AND n.id = ANY(d.special_mention_ids)))`,
      )
      .orderBy('n.submitted_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
  }
}
