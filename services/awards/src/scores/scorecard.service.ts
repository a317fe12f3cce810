import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, DomainError, ErrorCode, forbidden, isUuid } from '@best/kit';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Criterion } from '../guidelines/criterion.entity';
import { lockJurorSeat } from '../jury/jury-conflict.service';
import { jurorAccountOf } from '../jury/jury.access';
import { JuryConflict } from '../jury/jury-conflict.entity';
import type { JuryMember } from '../jury/jury-member.entity';
import { Nomination } from '../nominations/nomination.entity';
import { organiserScope, SCORES_REVEALED_IN } from './scorecard.access';
import { Score } from './score.entity';
import { Scorecard } from './scorecard.entity';
import { ScorecardStatus } from './scorecard.enums';
import type { SaveScoresInput, SubmitScorecardInput } from './scorecard.input';
import { type GivenScore, missingForSubmission, SCOREABLE_STATUSES, scoreProblems } from './scorecard.rules';
import type { JurorProgress } from './jury-progress.type';

type LoaderContext = Pick<AwardsContext, 'dataSource' | 'viewer'>;

/** What a scoring change works on, all checked and locked inside its transaction. */
interface ScoringPlace {
  nomination: Nomination;
  edition: AwardEdition;
  seat: JuryMember;
  criteria: Criterion[];
}

const SCOREABLE_SQL = `(${SCOREABLE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export class ScorecardService {
  constructor(private readonly ctx: AwardsContext) {}

  /** The caller's own scorecard for the nomination, in any phase, or null. */
  mine(nominationId: string): Promise<Scorecard | null> {
    return this.ctx.loaders.callerScorecardByNominationId.load(nominationId);
  }

  /** Every juror's submitted scorecard, for the edition's organisers once it is decided; otherwise none. */
  all(nominationId: string): Promise<Scorecard[]> {
    return this.ctx.loaders.scorecardsByNominationId.load(nominationId);
  }

  /** Each juror's progress, for the edition's organisers; otherwise none. */
  progress(editionId: string): Promise<JurorProgress[]> {
    return this.ctx.loaders.juryProgressByEditionId.load(editionId);
  }

  /**
   * Saves some or all of the caller's scores for a nomination as a draft, each on its criterion's
   * scale; a criterion scored again is overwritten. A submitted scorecard is frozen.
   */
  async save(input: SaveScoresInput): Promise<Scorecard> {
    await this.ctx.dataSource.transaction(async (tx) => {
      const place = await this.placeToScore(tx, input.nominationId);
      const given: GivenScore[] = input.scores.map((s) => ({ ...s, criterion: s.criterion.trim() }));
      const problems = scoreProblems(place.criteria, given);
      if (problems.length) throw badUserInput('Some scores do not fit the criteria of this edition.', problems);

      // Version 0 until the first save below bumps it: a new scorecard is version 1 after its first save.
      await tx.query(
        `INSERT INTO scorecard (edition_id, nomination_id, juror_account_id, version) VALUES ($1, $2, $3, 0)
         ON CONFLICT ON CONSTRAINT scorecard_one_per_juror_and_nomination DO NOTHING`,
        [place.edition.id, place.nomination.id, place.seat.jurorAccountId],
      );
      const card = await this.lockCard(tx, place);
      refuseFrozenOrStale(card!, input.expectedVersion ?? undefined);
      for (const score of given) {
        await tx.query(
          `INSERT INTO score (scorecard_id, criterion_key, score, comment) VALUES ($1, $2, $3, $4)
           ON CONFLICT (scorecard_id, criterion_key)
           DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = now()`,
          [card!.id, score.criterion, score.score, score.comment?.trim() ?? ''],
        );
      }
      await tx.query(`UPDATE scorecard SET version = version + 1, updated_at = now() WHERE id = $1`, [card!.id]);
    });
    return this.reloaded(input.nominationId);
  }

  /** Submits the caller's scorecard once every criterion has a score and a comment; it is frozen from then on. */
  async submit(input: SubmitScorecardInput): Promise<Scorecard> {
    await this.ctx.dataSource.transaction(async (tx) => {
      const place = await this.placeToScore(tx, input.nominationId);
      const card = await this.lockCard(tx, place);
      if (card) refuseFrozenOrStale(card, input.expectedVersion);
      const scores = card ? await tx.getRepository(Score).findBy({ scorecardId: card.id }) : [];
      const missing = missingForSubmission(place.criteria, scores);
      if (!card || missing.length) {
        const list = missing.map((m) => (m.lacks === 'score' ? m.criterion : `${m.criterion} (comment)`));
        throw badUserInput(`Score every criterion with a comment before submitting; missing: ${list.join(', ')}.`, [
          ...missing.map((m) => ({ field: `scores.${m.criterion}`, message: `needs a ${m.lacks}` })),
        ]);
      }
      await tx.query(
        `UPDATE scorecard SET status = 'SUBMITTED', submitted_at = now(), updated_at = now(), version = version + 1
         WHERE id = $1`,
        [card.id],
      );
    });
    return this.reloaded(input.nominationId);
  }

  /**
   * The nomination the caller may score now, with its edition's criteria: a juror on its edition's
   * jury (FORBIDDEN otherwise), without a declared conflict (FORBIDDEN), while the edition is judging
   * (CONFLICT), a nomination found eligible or shortlisted (CONFLICT).
   */
  private async placeToScore(tx: EntityManager, nominationId: string): Promise<ScoringPlace> {
    const { nomination, edition, seat } = await lockJurorSeat(
      tx,
      this.ctx,
      nominationId,
      (e) => `Only jurors on the jury of "${e.title}" score its nominations.`,
    );
    const conflicted = await tx
      .getRepository(JuryConflict)
      .existsBy({ nominationId: nomination.id, jurorAccountId: seat.jurorAccountId });
    if (conflicted) {
      throw forbidden('You declared a conflict of interest with this nomination: you cannot score it.');
    }
    if (edition.phase !== AwardEditionPhase.JUDGING) {
      throw conflict(`"${edition.title}" is in phase ${edition.phase}: nominations are scored only while judging.`);
    }
    if (!SCOREABLE_STATUSES.includes(nomination.status)) {
      throw conflict(`This nomination is ${nomination.status}: only eligible and shortlisted nominations are scored.`);
    }
    const criteria = await tx
      .getRepository(Criterion)
      .find({ where: { guidelineId: edition.guidelineId }, order: { position: 'ASC' } });
    return { nomination, edition, seat, criteria };
  }

  private lockCard(tx: EntityManager, place: ScoringPlace): Promise<Scorecard | null> {
    return tx.getRepository(Scorecard).findOne({
      where: { nominationId: place.nomination.id, jurorAccountId: place.seat.jurorAccountId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The caller's scorecard as stored now, for the mutation's payload. */
  private async reloaded(nominationId: string): Promise<Scorecard> {
    const nomination = await this.ctx.dataSource.getRepository(Nomination).findOneByOrFail({ id: nominationId });
    this.ctx.loaders.callerScorecardByNominationId.clear(nominationId);
    this.ctx.loaders.scorecardsByNominationId.clear(nominationId);
    this.ctx.loaders.juryProgressByEditionId.clear(nomination.editionId);
    return (await this.mine(nominationId))!;
  }

  /** The caller's own scorecards among these nominations, with their scores: one statement. */
  static async loadCallerScorecards(ctx: LoaderContext, nominationIds: readonly string[]): Promise<Scorecard[]> {
    const valid = nominationIds.filter(isUuid);
    const juror = jurorAccountOf(ctx.viewer);
    if (!valid.length || !juror) return [];
    return withScores(ctx, valid)
      .andWhere('card.juror_account_id = :juror', { juror })
      .orderBy('score.criterion_key', 'ASC')
      .getMany();
  }

  /** Every juror's submitted scorecard among these nominations, for organisers of decided editions only. */
  static async loadRevealedScorecards(ctx: LoaderContext, nominationIds: readonly string[]): Promise<Scorecard[]> {
    const valid = nominationIds.filter(isUuid);
    const scope = organiserScope(ctx.viewer);
    if (!valid.length || !scope) return [];
    return withScores(ctx, valid)
      .andWhere('card.status = :submitted', { submitted: ScorecardStatus.SUBMITTED })
      .andWhere(
        `EXISTS (SELECT 1 FROM award_edition decided WHERE decided.id = card.edition_id
          AND decided.phase IN ${SCORES_REVEALED_IN}
          ${scope.country ? 'AND decided.country_code = :scoresCountry' : ''})`,
        scope.country ? { scoresCountry: scope.country } : {},
      )
      .orderBy('card.submitted_at', 'ASC')
      .addOrderBy('card.id', 'ASC')
      .addOrderBy('score.criterion_key', 'ASC')
      .getMany();
  }

  /**
   * Each juror's counts for these editions, in the order they were assigned, for organisers only:
   * one statement, counting over the nominations to score (eligible or shortlisted, not conflicted).
   */
  static async loadProgress(ctx: LoaderContext, editionIds: readonly string[]): Promise<JurorProgress[]> {
    const valid = editionIds.filter(isUuid);
    const scope = organiserScope(ctx.viewer);
    if (!valid.length || !scope) return [];
    const toScore = `n.edition_id = member.edition_id AND n.status IN ${SCOREABLE_SQL}
      AND NOT EXISTS (SELECT 1 FROM jury_conflict c
        WHERE c.nomination_id = n.id AND c.juror_account_id = member.juror_account_id)`;
    const rows: Record<string, string | number>[] = await ctx.dataSource.query(
      `SELECT member.edition_id, member.juror_account_id, member.display_name,
         (SELECT count(*) FROM nomination n WHERE ${toScore})::int AS to_score,
         (SELECT count(*) FROM nomination n JOIN scorecard card
            ON card.nomination_id = n.id AND card.juror_account_id = member.juror_account_id
          WHERE ${toScore} AND card.status = 'DRAFT')::int AS drafts,
         (SELECT count(*) FROM nomination n JOIN scorecard card
            ON card.nomination_id = n.id AND card.juror_account_id = member.juror_account_id
          WHERE ${toScore} AND card.status = 'SUBMITTED')::int AS submitted,
         (SELECT count(*) FROM jury_conflict c
          WHERE c.edition_id = member.edition_id AND c.juror_account_id = member.juror_account_id)::int AS conflicts
       FROM jury_member member
       WHERE member.edition_id = ANY($1::uuid[])
         AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM award_edition run
               WHERE run.id = member.edition_id AND run.country_code = $2))
       ORDER BY member.assigned_at, member.id`,
      [valid, scope.country],
    );
    return rows.map((row) => ({
      editionId: String(row.edition_id),
      jurorAccountId: String(row.juror_account_id),
      displayName: String(row.display_name),
      toScore: Number(row.to_score),
      drafts: Number(row.drafts),
      submitted: Number(row.submitted),
      conflicts: Number(row.conflicts),
    }));
  }
}

/** Scorecards of these nominations with their scores, joined in the same statement. */
function withScores(ctx: LoaderContext, nominationIds: string[]) {
  return ctx.dataSource
    .getRepository(Scorecard)
    .createQueryBuilder('card')
    .leftJoinAndMapMany('card.scores', Score, 'score', 'score.scorecard_id = card.id')
    .where('card.nomination_id IN (:...ids)', { ids: nominationIds });
}

/** A submitted scorecard never changes; a stale version means someone (another tab) saved in between. */
function refuseFrozenOrStale(card: Scorecard, expectedVersion: number | undefined): void {
  if (card.status === ScorecardStatus.SUBMITTED) {
    throw conflict('Your scorecard for this nomination is already submitted: it can no longer change.');
  }
  if (expectedVersion != null && card.version !== 0 && expectedVersion !== card.version) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `Your scorecard changed in the meantime (version ${card.version}, you sent ${expectedVersion}); reload it and try again.`,
      { currentVersion: card.version, expectedVersion },
    );
  }
}
