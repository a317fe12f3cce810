import type { SignedInViewer } from '../../viewer/viewer-query';

type Viewer = SignedInViewer | null | undefined;

// The client only avoids offering forms the server would refuse (docs/access-rules.md, awards);
// the server decides every change.

/** Approving and revising best practices, and writing manuals: the European coordination (admins). */
export const approvesBestPractices = (viewer: Viewer): boolean => viewer?.role === 'ADMIN';

/** Draft manuals are read by admins and national coordinators; everyone reads published ones. */
export const readsManualDrafts = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';

/** A theme key as the server takes it: lower-case words joined by dashes, e.g. "language-cafe". */
const THEME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Themes typed as a comma-separated list: trimmed, lower-cased, spaces turned into dashes, empty ones
 * and repeats left out. What is still not a theme key goes to the server, which names the problem.
 */
export function themesFrom(text: string): string[] {
  const themes = text
    .split(',')
    .map((theme) => theme.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set(themes)];
}

/** Whether a theme typed in a filter can be asked for (the server refuses anything else). */
export const isTheme = (text: string): boolean => text.length <= 60 && THEME.test(text);

/** An edition with its decision's winners, as the approval list reads it. */
export interface DecidedEdition {
  id: string;
  title: string;
  decision?: { winners: readonly { id: string; initiative: { id: string; title: string } }[] } | null;
}

/** One winner the European coordination may approve as a best practice. */
export interface Candidate {
  nominationId: string;
  initiativeId: string;
  initiativeTitle: string;
  editionId: string;
  editionTitle: string;
}

/**
 * The winners of the given (decided or announced) editions that are not a best practice yet, in the
 * editions' order: the approval flow starts from these.
 */
export function winnersAwaitingApproval(
  editions: readonly DecidedEdition[],
  approvedNominationIds: Iterable<string>,
): Candidate[] {
  const approved = new Set(approvedNominationIds);
  return editions.flatMap((edition) =>
    (edition.decision?.winners ?? [])
      .filter((winner) => !approved.has(winner.id))
      .map((winner) => ({
        nominationId: winner.id,
        initiativeId: winner.initiative.id,
        initiativeTitle: winner.initiative.title,
        editionId: edition.id,
        editionTitle: edition.title,
      })),
  );
}
