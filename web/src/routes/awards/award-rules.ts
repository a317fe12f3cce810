import type { AwardEditionPhase, NominationStatus } from '../../__generated__/graphql';
import type { SignedInViewer } from '../../viewer/viewer-query';

type Viewer = SignedInViewer | null | undefined;

// The client only avoids offering forms the server would refuse (docs/access-rules.md, awards);
// the server decides every change.

/** The phases in their order: draft → nominations open → judging → decided → announced. */
export const PHASE_ORDER: readonly AwardEditionPhase[] = [
  'DRAFT',
  'NOMINATIONS_OPEN',
  'JUDGING',
  'DECIDED',
  'ANNOUNCED',
];

/** Creating editions: admins (any country) and national coordinators (their own). */
export const mayCreateEdition = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';

/** Running an edition (phase moves, screening, shortlist, jury, decision): admins and its country's coordinator. */
export const runsEdition = (viewer: Viewer, countryCode: string): boolean =>
  viewer?.role === 'ADMIN' || (viewer?.role === 'NATIONAL_COORDINATOR' && viewer.countryCode === countryCode);

/**
 * Nominating, while nominations are open: admins for any edition, coordinators and members for their
 * own country's, and the public (not signed in) for any edition, with their name and email address.
 * Not while it is unknown who is signed in (`undefined`).
 */
export const mayNominate = (viewer: Viewer, countryCode: string, phase: AwardEditionPhase): boolean =>
  phase === 'NOMINATIONS_OPEN' &&
  (viewer === null ||
    viewer?.role === 'ADMIN' ||
    ((viewer?.role === 'NATIONAL_COORDINATOR' || viewer?.role === 'ORGANIZATION_MEMBER') &&
      viewer.countryCode === countryCode));

/**
 * The moves `moveAwardEditionPhase` makes from a phase: the next one, or back from NOMINATIONS_OPEN to
 * DRAFT (the server refuses it once a nomination has arrived). DECIDED is reached only by recording
 * the decision on the results page, so JUDGING offers no move here.
 */
export function phaseMoves(phase: AwardEditionPhase): AwardEditionPhase[] {
  switch (phase) {
    case 'DRAFT':
      return ['NOMINATIONS_OPEN'];
    case 'NOMINATIONS_OPEN':
      return ['JUDGING', 'DRAFT'];
    case 'DECIDED':
      return ['ANNOUNCED'];
    default:
      return [];
  }
}

/** Screening and the shortlist happen while nominations are open or in judging. */
export const screeningOpen = (phase: AwardEditionPhase): boolean => phase === 'NOMINATIONS_OPEN' || phase === 'JUDGING';

/** A nomination is screened (again) until it is shortlisted, withdrawn or decided. */
export const screenable = (status: NominationStatus): boolean =>
  status === 'SUBMITTED' || status === 'ELIGIBLE' || status === 'INELIGIBLE';

/**
 * The results page: its country's organisers from JUDGING on (the ranking, the decision form);
 * everyone once the edition is announced (winners, finalists, special mentions).
 */
export const mayReadResults = (viewer: Viewer, edition: { phase: AwardEditionPhase; countryCode: string }): boolean =>
  edition.phase === 'ANNOUNCED' ||
  (runsEdition(viewer, edition.countryCode) && (edition.phase === 'JUDGING' || edition.phase === 'DECIDED'));

/** Evidence typed one per line: the lines with text, trimmed. */
export const evidenceLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A piece of evidence that is a web address (shown as a link; anything else is shown as text). */
export const isWebLink = (evidence: string): boolean => /^https?:\/\/\S+$/i.test(evidence.trim());

/** An ISO date-time for a date-time-local input's value (its local time), or '' when there is none. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A date-time-local input's value (local time) as an ISO date-time, or null when it is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
