import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One operation of an Apollo persisted-query manifest: its id is the SHA-256 of `body`, in hex. */
export interface TrustedDocument {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** Where a registered document comes from, which decides who may run it. */
export type DocumentSource = 'web-client' | 'export';

export interface RegisteredDocument extends TrustedDocument {
  source: DocumentSource;
}

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex'),
      name: z.string().min(1),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

export type PersistedQueryManifest = z.infer<typeof manifestSchema>;

/** A manifest with no operations (e.g. the export registry, until it exists). */
export const EMPTY_MANIFEST: PersistedQueryManifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [],
};

/** Checks a manifest's shape (written by `@apollo/generate-persisted-query-manifest`), with every problem at once. */
export function parseManifest(json: unknown, what = 'the manifest'): PersistedQueryManifest {
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) {
    // An id is what a client sends instead of the document: one that is not the body's hash was edited by hand.
    const wrong = parsed.data.operations.filter((o) => createHash('sha256').update(o.body).digest('hex') !== o.id);
    if (wrong.length === 0) return parsed.data;
    throw new Error(`${what}: the id of ${wrong.map((o) => o.name).join(', ')} is not the SHA-256 of its body.`);
  }
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${what} is not an Apollo persisted-query manifest:\n${problems.join('\n')}`);
}

export function readManifest(path: string): PersistedQueryManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the trusted-document manifest ${path}: ${(error as Error).message}`);
  }
  return parseManifest(JSON.parse(text), path);
}

/** Every registered document by id; an id registered twice must name the same document. */
export function documentRegistry(
  sources: Record<DocumentSource, PersistedQueryManifest>,
): ReadonlyMap<string, RegisteredDocument> {
  const registry = new Map<string, RegisteredDocument>();
  for (const [source, manifest] of Object.entries(sources) as [DocumentSource, PersistedQueryManifest][]) {
    for (const operation of manifest.operations) {
      const known = registry.get(operation.id);
      if (known && known.body !== operation.body) {
        throw new Error(
          `Document id ${operation.id} names two different documents (${known.name}, ${operation.name}).`,
        );
      }
      // A document in both lists keeps the wider reach: export operations may be run by EXPORT tokens too.
      if (!known || source === 'export') registry.set(operation.id, { ...operation, source });
    }
  }
  return registry;
}
