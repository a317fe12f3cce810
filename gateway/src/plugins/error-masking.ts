import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, formatError } from '@best/kit';

export interface ErrorMaskingOptions {
  /** Production: no schema hints ("Did you mean ...?") and no extensions but the public ones. */
  production: boolean;
  /** Receives every error the caller gets masked, to be logged. */
  log: (error: unknown) => void;
  /** Extensions a caller may see in production besides `code` (e.g. `problems` of BAD_USER_INPUT). */
  publicExtensions?: string[];
}

const INTERNAL: GraphQLFormattedError = {
  message: 'Something went wrong on our side. The error has been logged.',
  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
};

// graphql-js hints at names the caller got wrong in several wordings ("Did you mean "x"?", "Did you
// mean the enum value "X"?", "Did you mean "a", "b", or "c"?"). Apollo's own suggestion filter only
// runs on validation errors and only at the end of a message; variable coercion errors and the
// enum wording slip through, and each hint reveals part of a schema production does not publish.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export const withoutSuggestions = (message: string) => message.replace(SUGGESTION, '').trim();

/**
 * The gateway's `formatError`: the kit's masking (only our closed list of codes, no stack traces,
 * unknown errors logged and masked), plus what only a gateway meets. A subgraph that answered
 * with an HTTP error comes back with its URL, status and body in `extensions.response`, and a code
 * (UNAUTHENTICATED for a 401) that would otherwise pass as the caller's: it is our failure, so it is
 * logged and masked. Errors relayed from subgraphs carry `serviceName`, which production drops with
 * every other extension that is not public.
 */
export function maskGatewayErrors(
  options: ErrorMaskingOptions,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const { production, log } = options;
  const publicExtensions = new Set(['code', ...(options.publicExtensions ?? ['problems'])]);
  return (formatted, error) => {
    if (formatted.extensions?.response !== undefined) {
      log(error);
      return { ...INTERNAL, path: formatted.path };
    }
    const masked = formatError(formatted, error, log);
    if (!production) return masked;
    const extensions = Object.fromEntries(
      Object.entries(masked.extensions ?? {}).filter(([key]) => publicExtensions.has(key)),
    );
    return { ...masked, message: withoutSuggestions(masked.message), extensions };
  };
}
