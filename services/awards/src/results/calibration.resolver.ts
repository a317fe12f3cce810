import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AwardsContext } from '../context';
import { CalibrationService } from './calibration.service';
import { AwardCalibration } from './calibration.type';

@Resolver(() => AwardCalibration)
export class CalibrationResolver {
  @Query(() => AwardCalibration, {
    description:
      'Compares how the national juries scored, judging by published versions of the guideline guidelineKey: ' +
      'every DECIDED or ANNOUNCED edition (of year, when given) with, per criterion, the mean, standard deviation ' +
      "and distribution over the scale of its submitted scorecards' scores, its mean weighted score, and each " +
      "one's difference from the mean of the editions' means; per juror (anonymous, numbered) their mean and spread. " +
      'Admins read everything; national coordinators every edition, the juror rows of their own country only ' +
      '(jurorSpread null for others); everyone else FORBIDDEN, the public UNAUTHENTICATED. BAD_USER_INPUT for a ' +
      'key that is not a slug or a year outside 2000–2100; NOT_FOUND when no published guideline has the key.',
  })
  awardCalibration(
    @Arg('guidelineKey', () => String) guidelineKey: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: AwardsContext,
  ): Promise<AwardCalibration> {
    return new CalibrationService(ctx).compare(guidelineKey, year ?? null);
  }
}
