import type { EntityManager } from 'typeorm';
import {
  badUserInput,
  conflict,
  DomainError,
  ErrorCode,
  type FieldProblem,
  isUuid,
  notFound,
  type Viewer,
} from '@best/kit';
import { requireToChange, runsEditionsOf } from '../awards.access';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhaseChange } from '../award-editions/award-edition-phase-change.entity';
import { isAllowedMove } from '../award-editions/award-edition-phase.rules';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Criterion } from '../guidelines/criterion.entity';
import { Nomination } from '../nominations/nomination.entity';
import { NominationStatus } from '../nominations/nomination.enums';
import { SCOREABLE_STATUSES } from '../scores/scorecard.rules';
import { AwardDecision } from './award-decision.entity';
import type { RecordAwardDecisionInput } from './award-decision.input';
import type { RecordAwardDecisionPayload } from './award-decision.payload';
import { AwardOutcome, type AwardResult } from './award-result.type';
import { rankNominations, type RankingRow, type SubmittedCard } from './ranking';
import { resultsViewOf } from './results.access';

/** The nominations an edition ranks: those judged (eligible, shortlisted) and, once decided, what they became. */
const RANKED_STATUSES: readonly NominationStatus[] = [
  ...SCOREABLE_STATUSES,
  NominationStatus.WINNER,
  NominationStatus.FINALIST,
  NominationStatus.NOT_SELECTED,
];
const ANNOUNCED_OUTCOMES: readonly AwardOutcome[] = [
  AwardOutcome.WINNER,
  AwardOutcome.FINALIST,
  AwardOutcome.SPECIAL_MENTION,
];
const ONLY_ORGANISERS = "Only admins and the coordinator of the edition's country record its jury's decision.";

const decidedBy = (viewer: Viewer) =>
  viewer.displayName?.trim().slice(0, 200) || (viewer.kind === 'TOKEN' ? 'API token' : 'Unknown');

export class ResultsService {
  constructor(private readonly ctx: AwardsContext) {}

  /**
   * An edition's results as the caller may read them (`resultsViewOf`), best first in the chosen
   * ranking: every ranked nomination with both rankings for organisers; the announced outcomes with
   * their ranks in the decision's ranking for everyone once announced; nothing otherwise.
   */
  async forEdition(editionId: string, normalised: boolean): Promise<AwardResult[]> {
    const edition = isUuid(editionId) ? await this.ctx.loaders.editionById.load(editionId) : null;
    if (!edition) throw notFound('Award edition', editionId);
    const view = resultsViewOf(this.ctx.viewer, edition);
    if (view === 'NONE') return [];
    const { nominations, rows, decision } = await this.rank(this.ctx.dataSource.manager, edition);
    const decided = edition.phase !== AwardEditionPhase.JUDGING;
    const ordering = view === 'FULL' ? normalised : (decision?.normalised ?? true);
    const results = nominations.map((nomination, index): AwardResult => {
      const row = rows[index];
      const rank = ordering ? row.normalisedRank : row.rawRank;
      const tied = ordering ? row.normalisedTied : row.rawTied;
      const outcome = decided ? outcomeOf(nomination, decision) : null;
      if (view === 'ANNOUNCED') {
        return { nomination, rank, tied, outcome, ...NO_SCORES };
      }
      return {
        nomination,
        rank,
        tied,
        outcome,
        rawScore: row.rawScore,
        rawRank: row.rawRank,
        normalisedScore: row.normalisedScore,
        normalisedRank: row.normalisedRank,
        submittedScorecards: row.submittedCards,
        missingScorecards: row.missingCards,
      };
    });
    const shown =
      view === 'FULL' ? results : results.filter((r) => r.outcome && ANNOUNCED_OUTCOMES.includes(r.outcome));
    // Within a shared rank, the order of submission: a stable order to show, not a tie-break.
    return shown.sort((a, b) => a.rank - b.rank);
  }

  /**
   * Records the jury's decision and moves the edition from JUDGING to DECIDED, in one transaction:
   * winners (at least one) become WINNER, finalists FINALIST, every other eligible or shortlisted
   * nomination NOT_SELECTED, special mentions among those; the move is written to the phase history
   * with the decision's reason. Any nomination named must be an eligible or shortlisted nomination of
   * the edition, in one list only (BAD_USER_INPUT).
   */
  async record(input: RecordAwardDecisionInput): Promise<RecordAwardDecisionPayload> {
    const reason = input.reason.trim();
    const winners = input.winners ?? [];
    const finalists = input.finalists ?? [];
    const mentions = input.specialMentions ?? [];
    const result = await this.ctx.dataSource.transaction(async (tx) => {
      const edition = isUuid(input.editionId)
        ? await tx
            .getRepository(AwardEdition)
            .findOne({ where: { id: input.editionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!edition) throw notFound('Award edition', input.editionId);
      requireToChange(this.ctx.viewer, runsEditionsOf(edition.countryCode), ONLY_ORGANISERS);
      if (input.expectedVersion !== edition.version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Someone else changed "${edition.title}" in the meantime (version ${edition.version}, you sent ${input.expectedVersion}); reload it and try again.`,
          { currentVersion: edition.version, expectedVersion: input.expectedVersion },
        );
      }
      if (!isAllowedMove(edition.phase, AwardEditionPhase.DECIDED)) {
        throw conflict(
          `"${edition.title}" is in phase ${edition.phase}: the jury's decision is recorded while judging.`,
        );
      }
      const judged = await tx
        .getRepository(Nomination)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.edition_id = :edition', { edition: edition.id })
        .getMany();
      refuseBadLists(judged, { winners, finalists, specialMentions: mentions });

      await tx.query(
        `UPDATE nomination SET
           status = CASE WHEN id = ANY($2::uuid[]) THEN 'WINNER' WHEN id = ANY($3::uuid[]) THEN 'FINALIST'
                    ELSE 'NOT_SELECTED' END,
           version = version + 1, updated_at = now()
         WHERE edition_id = $1 AND status = ANY($4::text[])`,
        [edition.id, winners, finalists, SCOREABLE_STATUSES],
      );
      const decisions = tx.getRepository(AwardDecision);
      await decisions.insert({
        editionId: edition.id,
        normalised: input.normalised ?? true,
        specialMentionIds: mentions,
        reason,
        decidedById: this.ctx.viewer.id,
        decidedBy: decidedBy(this.ctx.viewer),
      });
      const change = await movedToDecided(tx, edition, reason, this.ctx.viewer);
      return { change, decision: await decisions.findOneByOrFail({ editionId: edition.id }) };
    });
    this.ctx.loaders.editionById.clear(input.editionId);
    this.ctx.loaders.phaseHistoryByEditionId.clear(input.editionId);
    this.ctx.loaders.nominationById.clearAll();
    return { ...result, edition: (await this.ctx.loaders.editionById.load(input.editionId))! };
  }

  /** The ranked nominations in order of submission, each with its row of both rankings, and the decision. */
  private async rank(
    db: EntityManager,
    edition: AwardEdition,
  ): Promise<{ nominations: Nomination[]; rows: RankingRow[]; decision: AwardDecision | null }> {
    const nominations = await db
      .getRepository(Nomination)
      .createQueryBuilder('n')
      .addSelect(
        `(SELECT count(*) FROM jury_member member WHERE member.edition_id = n.edition_id
          AND NOT EXISTS (SELECT 1 FROM jury_conflict c
            WHERE c.nomination_id = n.id AND c.juror_account_id = member.juror_account_id))`,
        'expected_cards',
      )
      .where('n.edition_id = :edition AND n.status IN (:...statuses)', {
        edition: edition.id,
        statuses: RANKED_STATUSES,
      })
      .orderBy('n.submitted_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getRawAndEntities();
    const cards: { nomination_id: string; juror_account_id: string; scores: Record<string, number> }[] = await db.query(
      `SELECT card.nomination_id, card.juror_account_id, jsonb_object_agg(s.criterion_key, s.score) AS scores
         FROM scorecard card JOIN score s ON s.scorecard_id = card.id
         WHERE card.edition_id = $1 AND card.status = 'SUBMITTED'
         GROUP BY card.id`,
      [edition.id],
    );
    const criteria = await db.getRepository(Criterion).findBy({ guidelineId: edition.guidelineId });
    const decision = await db.getRepository(AwardDecision).findOneBy({ editionId: edition.id });
    const expected = new Map(
      nominations.raw.map((raw: Record<string, unknown>) => [String(raw.n_id), Number(raw.expected_cards)]),
    );
    const rows = rankNominations(
      criteria.map((c) => ({ key: c.key, weight: c.weight, levels: c.scale.map((level) => level.score) })),
      nominations.entities.map((n) => ({ nominationId: n.id, expectedCards: expected.get(n.id) ?? 0 })),
      cards.map((card): SubmittedCard => ({
        nominationId: card.nomination_id,
        jurorAccountId: card.juror_account_id,
        scores: card.scores,
      })),
    );
    return { nominations: nominations.entities, rows, decision };
  }
}

const NO_SCORES = {
  rawScore: null,
  rawRank: null,
  normalisedScore: null,
  normalisedRank: null,
  submittedScorecards: null,
  missingScorecards: null,
};

function outcomeOf(nomination: Nomination, decision: AwardDecision | null): AwardOutcome | null {
  if (nomination.status === NominationStatus.WINNER) return AwardOutcome.WINNER;
  if (nomination.status === NominationStatus.FINALIST) return AwardOutcome.FINALIST;
  if (decision?.specialMentionIds.includes(nomination.id)) return AwardOutcome.SPECIAL_MENTION;
  return nomination.status === NominationStatus.NOT_SELECTED ? AwardOutcome.NOT_SELECTED : null;
}

/**
 * Throws BAD_USER_INPUT, one problem per wrong id, when a list names a nomination that is not an
 * eligible or shortlisted nomination of the edition (unknown, of another edition, ineligible,
 * withdrawn...), when a nomination is named twice, or when no winner is named.
 */
function refuseBadLists(judged: Nomination[], lists: Record<'winners' | 'finalists' | 'specialMentions', string[]>) {
  const byId = new Map(judged.map((n) => [n.id, n]));
  const seen = new Map<string, string>();
  const problems: FieldProblem[] = [];
  if (!lists.winners.length) problems.push({ field: 'winners', message: 'name at least one winner' });
  for (const [list, ids] of Object.entries(lists)) {
    ids.forEach((id, index) => {
      const field = `${list}.${index}`;
      const nomination = byId.get(id);
      if (!nomination) problems.push({ field, message: 'is not a nomination of this edition' });
      else if (!SCOREABLE_STATUSES.includes(nomination.status)) {
        problems.push({
          field,
          message: `is ${nomination.status}: only eligible and shortlisted nominations are decided`,
        });
      }
      if (seen.has(id)) problems.push({ field, message: `is already named in ${seen.get(id)}` });
      else seen.set(id, list);
    });
  }
  if (problems.length) {
    throw badUserInput(
      'The decision names each eligible or shortlisted nomination of the edition at most once, with at least one winner.',
      problems,
    );
  }
}

/** The edition's move from JUDGING to DECIDED, written as `AwardEditionService` writes every move. */
async function movedToDecided(
  tx: EntityManager,
  edition: AwardEdition,
  reason: string,
  viewer: Viewer,
): Promise<AwardEditionPhaseChange> {
  await tx
    .createQueryBuilder()
    .update(AwardEdition)
    .set({ phase: AwardEditionPhase.DECIDED, version: () => 'version + 1' })
    .where('id = :id', { id: edition.id })
    .execute();
  const changes = tx.getRepository(AwardEditionPhaseChange);
  const change = await changes.save(
    changes.create({
      editionId: edition.id,
      fromPhase: edition.phase,
      toPhase: AwardEditionPhase.DECIDED,
      reason,
      changedById: viewer.id,
      changedBy: decidedBy(viewer),
    }),
  );
  return changes.findOneByOrFail({ id: change.id });
}
