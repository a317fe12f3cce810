import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode, isKnownErrorCode, type FieldProblem } from './error-codes';

function problemsOf(error: ArgumentValidationError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (errors: NonNullable<ArgumentValidationError['extensions']['validationErrors']>, prefix: string) => {
    for (const e of errors ?? []) {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      for (const message of Object.values(e.constraints ?? {})) problems.push({ field, message });
      walk(e.children ?? [], field);
    }
  };
  walk(error.extensions.validationErrors ?? [], '');
  return problems;
}

/**
 * Keeps only our closed list of codes and a person's message. Validation failures from
 * class-validator become BAD_USER_INPUT with one problem per field; anything unexpected is
 * masked so that no stack trace, SQL or internal name reaches a caller.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problems = problemsOf(original);
    return {
      message: problems.map((p) => `${p.field}: ${p.message}`).join('; ') || 'The input is not valid.',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
    };
  }
  const code = formatted.extensions?.code;
  if (isKnownErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: 'Something went wrong on our side. The error has been logged.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
