import { AwardEditionPhase, PHASE_ORDER } from './award-edition.enums';
import type { AwardEdition } from './award-edition.entity';

/**
 * Where an edition may go from `from`: the next phase, and back from NOMINATIONS_OPEN to DRAFT (nominations
 * opened by mistake or too early; allowed only while none has arrived, which the service checks).
 */
export function allowedPhases(from: AwardEditionPhase): AwardEditionPhase[] {
  const next = PHASE_ORDER[PHASE_ORDER.indexOf(from) + 1];
  const back = from === AwardEditionPhase.NOMINATIONS_OPEN ? [AwardEditionPhase.DRAFT] : [];
  return [...(next ? [next] : []), ...back];
}

export const isAllowedMove = (from: AwardEditionPhase, to: AwardEditionPhase) => allowedPhases(from).includes(to);

type Calendar = Pick<AwardEdition, 'title' | 'opensAt' | 'nominationsCloseAt'>;

const written = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The calendar a person's move must respect, or null when it may happen now: nominations open no
 * earlier than planned and not once their closing date has passed; judging starts only once
 * nominations have closed, because nominators were promised until then. Deciding and announcing
 * have no date rule: the decision date is when the jury is due, not a moment before which it may not decide.
 */
export function deadlineRefusal(
  edition: Calendar,
  to: AwardEditionPhase,
  now: Date,
): { message: string; notBefore?: Date } | null {
  const { title, opensAt, nominationsCloseAt } = edition;
  if (to === AwardEditionPhase.NOMINATIONS_OPEN) {
    if (opensAt && now < opensAt) {
      return { message: `Nominations for "${title}" open on ${written(opensAt)}, not earlier.`, notBefore: opensAt };
    }
    if (nominationsCloseAt && now >= nominationsCloseAt) {
      return {
        message: `Nominations for "${title}" were due to close on ${written(nominationsCloseAt)}, which has passed: they cannot open now.`,
      };
    }
  }
  if (to === AwardEditionPhase.JUDGING && nominationsCloseAt && now < nominationsCloseAt) {
    return {
      message: `Judging of "${title}" starts once nominations close on ${written(nominationsCloseAt)}: nominators were promised until then.`,
      notBefore: nominationsCloseAt,
    };
  }
  return null;
}
