/** The versions of each criteria set, newest first, the sets in the order their newest version comes. */
export function groupByKey<T extends { key: string; version: number }>(
  guidelines: readonly T[],
): { key: string; versions: T[] }[] {
  const sets = new Map<string, T[]>();
  for (const guideline of guidelines) sets.set(guideline.key, [...(sets.get(guideline.key) ?? []), guideline]);
  return [...sets].map(([key, versions]) => ({ key, versions: versions.sort((a, b) => b.version - a.version) }));
}

/** The version just before `version` in its set, if the caller reads one (to compare with). */
export function previousVersion<T extends { key: string; version: number }>(
  guidelines: readonly T[],
  current: { key: string; version: number },
): T | undefined {
  return guidelines
    .filter((g) => g.key === current.key && g.version < current.version)
    .sort((a, b) => b.version - a.version)[0];
}

/**
 * Whether the next version of a set starts from `current`: it is published, the newest of its set,
 * and no draft follows it (the server allows one draft per set at a time).
 */
export function startsNextVersion<T extends { key: string; version: number; publishedAt?: string | null }>(
  guidelines: readonly T[],
  current: { key: string; version: number; publishedAt?: string | null },
): boolean {
  return !!current.publishedAt && !guidelines.some((g) => g.key === current.key && g.version > current.version);
}
