import { conflict } from '@best/kit';

/**
 * Optimistic concurrency: every save names the version it was based on. When someone else saved
 * in between, the later save is refused instead of silently overwriting their work.
 */
export function assertVersion(what: string, current: number, expected: number): void {
  if (current === expected) return;
  const error = conflict(
    `Someone else saved this ${what} after you opened it (you edited version ${expected}; it is now at ` +
      `version ${current}). Reload it to see their changes, then make yours again.`,
  );
  Object.assign(error.extensions, { currentVersion: current, expectedVersion: expected });
  throw error;
}
