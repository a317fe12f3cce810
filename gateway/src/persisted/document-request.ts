import type { Request } from 'express';

/**
 * What a GraphQL request over HTTP asks for, as far as trusted documents care: a document id (the
 * GraphQL-over-HTTP form `documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`), a
 * document of its own (`query`), both or neither. POST carries them in the JSON body; GET in the
 * query string, with `extensions` as JSON.
 */
export type DocumentRequest =
  { kind: 'id'; id: string } | { kind: 'document' } | { kind: 'none' } | { kind: 'invalid'; message: string };

/** Longest document id looked up: a SHA-256 in hex with a `sha256:` prefix is 71 characters. */
const MAX_ID_LENGTH = 100;
const SHA256_ID = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/** The id as the manifests hold it (lowercase hex), or the id as sent when it is not a SHA-256. */
const normalise = (id: string) => SHA256_ID.exec(id)?.[1].toLowerCase() ?? id;

type Fields = { query: unknown; documentId: unknown; extensions: unknown };

function fieldsOf(req: Request): Fields | null | { invalid: string } {
  if (req.method === 'GET') {
    const params = new URLSearchParams(req.url.split('?')[1] ?? '');
    let extensions: unknown;
    const rawExtensions = params.get('extensions');
    if (rawExtensions !== null) {
      try {
        extensions = JSON.parse(rawExtensions);
      } catch {
        return { invalid: '`extensions` in the query string must be JSON.' };
      }
    }
    return { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions };
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, documentId, extensions } = body as Record<string, unknown>;
  return { query, documentId, extensions };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function apolloHashOf(extensions: unknown): string | undefined | { invalid: string } {
  if (!isObject(extensions) || extensions.persistedQuery === undefined) return undefined;
  const persisted = extensions.persistedQuery;
  if (!isObject(persisted) || typeof persisted.sha256Hash !== 'string' || persisted.sha256Hash === '') {
    return { invalid: '`extensions.persistedQuery` must carry the document id in `sha256Hash`.' };
  }
  if (persisted.version !== undefined && persisted.version !== 1) {
    return { invalid: 'Only version 1 of `extensions.persistedQuery` is supported.' };
  }
  return persisted.sha256Hash;
}

export function documentRequestOf(req: Request): DocumentRequest {
  const fields = fieldsOf(req);
  // Not a single JSON object (a batch, no body): Apollo Server answers it.
  if (!fields) return { kind: 'none' };
  if ('invalid' in fields) return { kind: 'invalid', message: fields.invalid };
  const hash = apolloHashOf(fields.extensions);
  if (typeof hash === 'object') return { kind: 'invalid', message: hash.invalid };
  const { documentId, query } = fields;
  if (documentId !== undefined && (typeof documentId !== 'string' || documentId === '')) {
    return { kind: 'invalid', message: '`documentId` must be a non-empty string.' };
  }
  if (documentId !== undefined && query !== undefined) {
    return { kind: 'invalid', message: 'Send either a `documentId` or a `query`, not both.' };
  }
  if (documentId !== undefined && hash !== undefined && normalise(documentId) !== normalise(hash)) {
    return {
      kind: 'invalid',
      message: '`documentId` and `extensions.persistedQuery.sha256Hash` name different documents.',
    };
  }
  const id = documentId ?? hash;
  // Apollo's link sends the document with its hash when the id was unknown: the document is what runs.
  if (query !== undefined) return { kind: 'document' };
  if (id === undefined) return { kind: 'none' };
  if (id.length > MAX_ID_LENGTH) return { kind: 'invalid', message: 'This document id is too long.' };
  return { kind: 'id', id: normalise(id) };
}

/**
 * Puts the registered document where Apollo Server reads it, and takes the id away (Apollo Server's
 * own persisted queries are off, so it would refuse a request that still carries one).
 */
export function replaceIdWithDocument(req: Request, body: string): void {
  if (req.method === 'GET') {
    const [path, search = ''] = req.url.split('?');
    const params = new URLSearchParams(search);
    params.delete('documentId');
    const rawExtensions = params.get('extensions');
    if (rawExtensions !== null) {
      const rest = withoutPersistedQuery(JSON.parse(rawExtensions) as Record<string, unknown>);
      if (rest) params.set('extensions', JSON.stringify(rest));
      else params.delete('extensions');
    }
    params.set('query', body);
    req.url = `${path}?${params.toString()}`;
    return;
  }
  const { documentId: _id, extensions, ...rest } = req.body as Record<string, unknown>;
  const otherExtensions = isObject(extensions) ? withoutPersistedQuery(extensions) : undefined;
  req.body = { ...rest, query: body, ...(otherExtensions ? { extensions: otherExtensions } : {}) };
}

/** Only the request's document changes: persisting a query is the one extension taken away. */
function withoutPersistedQuery(extensions: Record<string, unknown>): Record<string, unknown> | undefined {
  const { persistedQuery: _persisted, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
