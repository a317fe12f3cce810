// The manual builder's chapters while they are edited: plain values, changed by these functions
// only, and sent whole as `chapters` (the server replaces every chapter with them).

/** One chapter as the builder edits it; `key` tells React which chapter is which while they move. */
export interface DraftChapter {
  key: string;
  title: string;
  introduction: string;
  /** A theme key, or '' for none. */
  theme: string;
  bestPracticeIds: string[];
}

/** A chapter as the API gives it. */
export interface ChapterOfManual {
  position: number;
  title: string;
  introduction: string;
  theme?: string | null;
  bestPractices: readonly { id: string }[];
}

let nextKey = 0;
const newKey = () => `chapter-${++nextKey}`;

/** The manual's chapters, in order, ready to edit. */
export function draftChapters(chapters: readonly ChapterOfManual[]): DraftChapter[] {
  return [...chapters]
    .sort((a, b) => a.position - b.position)
    .map((chapter) => ({
      key: newKey(),
      title: chapter.title,
      introduction: chapter.introduction,
      theme: chapter.theme ?? '',
      bestPracticeIds: chapter.bestPractices.map((b) => b.id),
    }));
}

/** A new empty chapter at the end. */
export const addChapter = (chapters: readonly DraftChapter[]): DraftChapter[] => [
  ...chapters,
  { key: newKey(), title: '', introduction: '', theme: '', bestPracticeIds: [] },
];

export const removeChapter = (chapters: readonly DraftChapter[], index: number): DraftChapter[] =>
  chapters.filter((_, i) => i !== index);

/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

/** Changes one chapter. */
export const changeChapter = (
  chapters: readonly DraftChapter[],
  index: number,
  change: Partial<Omit<DraftChapter, 'key'>>,
): DraftChapter[] => chapters.map((chapter, i) => (i === index ? { ...chapter, ...change } : chapter));

/** Adds a best practice at the end of a chapter, once (a second time changes nothing). */
export const addBestPractice = (chapters: readonly DraftChapter[], index: number, id: string): DraftChapter[] =>
  chapters.map((chapter, i) =>
    i === index && !chapter.bestPracticeIds.includes(id)
      ? { ...chapter, bestPracticeIds: [...chapter.bestPracticeIds, id] }
      : chapter,
  );

export const removeBestPractice = (chapters: readonly DraftChapter[], index: number, id: string): DraftChapter[] =>
  changeChapter(chapters, index, { bestPracticeIds: chapters[index].bestPracticeIds.filter((b) => b !== id) });

export const moveBestPractice = (
  chapters: readonly DraftChapter[],
  index: number,
  position: number,
  by: -1 | 1,
): DraftChapter[] =>
  changeChapter(chapters, index, { bestPracticeIds: move(chapters[index].bestPracticeIds, position, by) });

/** The chapters as `ManualChapterInput`s: trimmed texts, no theme when none is typed. */
export const chaptersInput = (chapters: readonly DraftChapter[]) =>
  chapters.map((chapter) => ({
    title: chapter.title.trim(),
    introduction: chapter.introduction.trim(),
    theme: chapter.theme.trim() || null,
    bestPracticeIds: chapter.bestPracticeIds,
  }));

/** Where a problem the server names lies: `chapters.2.bestPracticeIds.0` is chapter 3, its first best practice. */
export function problemPlace(field: string): { chapter?: number; item?: number } {
  const match = /^chapters\.(\d+)(?:\.bestPracticeIds\.(\d+))?/.exec(field);
  if (!match) return {};
  return { chapter: Number(match[1]) + 1, item: match[2] === undefined ? undefined : Number(match[2]) + 1 };
}
