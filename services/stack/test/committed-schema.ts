import { REGENERATE } from '../src';

/**
 * Fails, saying where and what to do, when a committed schema file differs from a fresh print or
 * composition. The whole texts would drown the reader; the first differing line is enough to start.
 */
export function expectCommittedMatches(file: string, committed: string, fresh: string, freshFrom: string): void {
  if (committed === fresh) return;
  const committedLines = committed.split('\n');
  const freshLines = fresh.split('\n');
  let line = 0;
  while (line < committedLines.length && committedLines[line] === freshLines[line]) line++;
  throw new Error(
    `${file} differs from ${freshFrom} (first at line ${line + 1}):\n` +
      `  committed: ${committedLines[line] ?? '(end of file)'}\n` +
      `  fresh:     ${freshLines[line] ?? '(end of file)'}\n` +
      REGENERATE,
  );
}
