import { In, IsNull, Not } from 'typeorm';
import { badUserInput, DomainError, ErrorCode, type FieldProblem } from '@best/kit';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase } from '../award-editions/award-edition.enums';
import { Criterion } from '../guidelines/criterion.entity';
import { Guideline } from '../guidelines/guideline.entity';
import { isSlug } from '../guidelines/guideline.rules';
import { calibrationScopeOf, readsJurorsOf } from './calibration.access';
import { calibrate, type CalibratedEdition } from './calibration';
import type { AwardCalibration } from './calibration.type';

/** Scores are blind until the jury has decided: only decided juries are compared. */
const COMPARED_PHASES = [AwardEditionPhase.DECIDED, AwardEditionPhase.ANNOUNCED];

export class CalibrationService {
  constructor(private readonly ctx: AwardsContext) {}

  /**
   * The juries of the DECIDED and ANNOUNCED editions judged by any published version of the guideline
   * `guidelineKey` (of `year` only, when given), compared (`calibrate`). Four statements whatever the
   * number of editions: the versions, the editions with their jury sizes, the criteria, the cards.
   */
  async compare(guidelineKey: string, year: number | null): Promise<AwardCalibration> {
    const scope = calibrationScopeOf(this.ctx.viewer);
    refuseBadArguments(guidelineKey, year);
    const db = this.ctx.dataSource.manager;
    const versions = await db
      .getRepository(Guideline)
      .find({ where: { key: guidelineKey, publishedAt: Not(IsNull()) }, select: { id: true, version: true } });
    if (!versions.length) {
      throw new DomainError(ErrorCode.NOT_FOUND, `No published guideline has the key "${guidelineKey}".`);
    }
    const versionOf = new Map(versions.map((g) => [g.id, g.version]));
    const query = db
      .getRepository(AwardEdition)
      .createQueryBuilder('e')
      .addSelect('(SELECT count(*) FROM jury_member m WHERE m.edition_id = e.id)', 'jurors')
      .where('e.guideline_id IN (:...ids) AND e.phase IN (:...phases)', {
        ids: [...versionOf.keys()],
        phases: COMPARED_PHASES,
      });
    if (year != null) query.andWhere('e.year = :year', { year });
    const editions = await query.getRawAndEntities();
    const jurors = new Map(editions.raw.map((raw: Record<string, unknown>) => [String(raw.e_id), Number(raw.jurors)]));
    const ordered = [...editions.entities].sort(
      (a, b) =>
        b.year - a.year ||
        versionOf.get(b.guidelineId)! - versionOf.get(a.guidelineId)! ||
        a.countryCode.localeCompare(b.countryCode),
    );
    const calibrated = await this.calibrated(ordered);
    const result = calibrate(calibrated);
    return {
      guidelineKey,
      year,
      criteria: result.criteria,
      meanWeightedScore: result.meanWeightedScore,
      editions: ordered.map((edition, index) => {
        const { jurors: spread, ...figures } = result.editions[index];
        return {
          ...figures,
          edition,
          countryCode: edition.countryCode,
          year: edition.year,
          phase: edition.phase,
          guidelineVersion: versionOf.get(edition.guidelineId)!,
          jurors: jurors.get(edition.id) ?? 0,
          jurorSpread: readsJurorsOf(scope, edition.countryCode) ? spread : null,
        };
      }),
    };
  }

  /** Each edition's criteria and submitted scorecards, read for all of them at once. */
  private async calibrated(editions: AwardEdition[]): Promise<CalibratedEdition[]> {
    if (!editions.length) return [];
    const db = this.ctx.dataSource.manager;
    const criteria = await db.getRepository(Criterion).find({
      where: { guidelineId: In([...new Set(editions.map((e) => e.guidelineId))]) },
      order: { position: 'ASC' },
    });
    const cards: { edition_id: string; juror_account_id: string; scores: Record<string, number> }[] = await db.query(
      `SELECT card.edition_id, card.juror_account_id, jsonb_object_agg(s.criterion_key, s.score) AS scores
         FROM scorecard card JOIN score s ON s.scorecard_id = card.id
         WHERE card.edition_id = ANY($1::uuid[]) AND card.status = 'SUBMITTED'
         GROUP BY card.id`,
      [editions.map((e) => e.id)],
    );
    return editions.map((edition) => ({
      editionId: edition.id,
      criteria: criteria
        .filter((c) => c.guidelineId === edition.guidelineId)
        .map((c) => ({ key: c.key, name: c.name, weight: c.weight, levels: c.scale.map((level) => level.score) })),
      cards: cards
        .filter((card) => card.edition_id === edition.id)
        .map((card) => ({ jurorAccountId: card.juror_account_id, scores: card.scores })),
    }));
  }
}

function refuseBadArguments(guidelineKey: string, year: number | null): void {
  const problems: FieldProblem[] = [];
  if (!isSlug(guidelineKey)) {
    problems.push({
      field: 'guidelineKey',
      message: 'must be lowercase words joined by hyphens, at most 80 characters',
    });
  }
  if (year != null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    problems.push({ field: 'year', message: 'must be a year between 2000 and 2100' });
  }
  if (problems.length) throw badUserInput('The calibration needs a guideline key and, optionally, a year.', problems);
}
