import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The field problems of a BAD_USER_INPUT answer (`extensions.problems`), by field name without the
 * `input.` prefix, so a form can show each next to its field. The messages are the server's
 * sentences for people; the form's own summary still comes from the catalogue by code.
 */
export function fieldProblemsOf(error: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const list = graphQLError.extensions?.problems;
    if (!Array.isArray(list)) continue;
    for (const problem of list as { field?: unknown; message?: unknown }[]) {
      if (typeof problem.field !== 'string' || typeof problem.message !== 'string') continue;
      const field = problem.field.replace(/^input\./, '');
      problems[field] ??= problem.message;
    }
  }
  return problems;
}
