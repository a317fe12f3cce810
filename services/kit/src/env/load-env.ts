import { z } from 'zod';

/**
 * Parses `source` with a zod schema and, if anything is wrong, prints every problem at once and
 * exits: a person starting a service should fix all of their configuration in one go.
 */
export function loadEnv<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
  exit: (message: string) => never = defaultExit,
): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  return exit(`Invalid configuration:\n${lines.join('\n')}`);
}

function defaultExit(message: string): never {
  console.error(message);
  process.exit(1);
}

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');
export const postgresUrl = () =>
  z.string().refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');
export const logLevel = () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
