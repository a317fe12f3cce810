import type { FieldProblem } from '@best/kit';

/** How long the texts and lists of a best practice may be; the database checks the same. */
export const BEST_PRACTICE_LIMITS = { text: 5000, themes: 10, theme: 60 } as const;

/** A theme key: lower-case words joined by dashes, e.g. "language-cafe". */
export const THEME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const THEME_MESSAGE = `must be lower-case words joined by dashes, such as "language-cafe", at most ${BEST_PRACTICE_LIMITS.theme} characters`;

export const isTheme = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= BEST_PRACTICE_LIMITS.theme && THEME.test(value);

/** Problems with a list of themes: malformed keys (the input validates them too), too many, or repeated. */
export function themeProblems(themes: readonly string[], field = 'themes'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (themes.length > BEST_PRACTICE_LIMITS.themes) {
    problems.push({ field, message: `at most ${BEST_PRACTICE_LIMITS.themes} themes` });
  }
  const seen = new Set<string>();
  themes.forEach((theme, index) => {
    if (!isTheme(theme)) problems.push({ field: `${field}.${index}`, message: THEME_MESSAGE });
    else if (seen.has(theme)) problems.push({ field: `${field}.${index}`, message: `repeats "${theme}"` });
    seen.add(theme);
  });
  return problems;
}
