import { createHash } from 'node:crypto';

/** A deterministic pseudo-random generator (mulberry32 seeded from a SHA-256 of `seed`), values in [0, 1). */
export function rng(seed: string): () => number {
  let state = createHash('sha256').update(seed, 'utf8').digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items to pick from');
  return items[Math.floor(random() * items.length)];
}

/**
 * Between `min` and `max` distinct items (clamped to the list's length), returned in the order
 * they have in `items`.
 */
export function pickSome<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const low = Math.max(0, Math.min(min, items.length));
  const high = Math.max(low, Math.min(max, items.length));
  const count = between(random, low, high);
  const indexes = items.map((_, index) => index);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((index) => items[index]);
}
