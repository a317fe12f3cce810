// The jury page's small rules. The client offers what the server would accept; the server decides.

/** Accounts offered for the jury: those not on it yet, by name. */
export function unseatedCandidates<T extends { id: string; displayName: string }>(
  accounts: readonly T[],
  jury: readonly { jurorAccountId: string }[],
): T[] {
  const seated = new Set(jury.map((j) => j.jurorAccountId.toLowerCase()));
  return accounts
    .filter((a) => !seated.has(a.id.toLowerCase()))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Nominations a juror has not opened a scorecard for yet. */
export const notStarted = (progress: { toScore: number; submitted: number; drafts: number }): number =>
  Math.max(0, progress.toScore - progress.submitted - progress.drafts);

/** An account id as the API takes it (a UUID), or null when the text is not one. */
export function accountIdFrom(text: string): string | null {
  const id = text.trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
}
