/** How large a manual may be; the database checks the text lengths too. */
export const MANUAL_LIMITS = {
  title: 200,
  introduction: 10000,
  chapters: 30,
  chapterIntroduction: 5000,
  bestPracticesPerChapter: 100,
} as const;
