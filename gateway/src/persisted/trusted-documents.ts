import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '@best/kit';
import { serviceOf, viewerOf } from '../auth';
import { requestIdOf } from '../auth/request-id';
import { sendRefusal } from '../http/refusal';
import { documentRequestOf, replaceIdWithDocument } from './document-request';
import { EMPTY_MANIFEST, documentRegistry, type PersistedQueryManifest } from './manifest';
import { refusalFor, sendRightOf } from './who-may-send';

export type TrustedDocumentsMode = 'enforce' | 'allow';

export interface TrustedDocumentsOptions {
  /**
   * `enforce`: each caller sends what `sendRightOf` allows it (production's default). `allow`: any
   * caller may also send documents of its own (development); registered ids work in both.
   */
  mode: TrustedDocumentsMode;
  /** The web client's manifest (`@best/web/persisted-query-manifest.json`). */
  webClient: PersistedQueryManifest;
  /**
   * The registered export operations, the only documents a token with just the EXPORT scope may run.
   * The export registry (issue 12, items 3-4) is not built yet: until it is, this is empty.
   */
  exportOperations?: PersistedQueryManifest;
  logger?: Logger;
}

/**
 * Trusted documents, as an Express step in front of Apollo Server (after authentication, which it
 * needs, and the JSON body). A request that names a document by id, as `documentId` or as Apollo's
 * `extensions.persistedQuery.sha256Hash`, by POST or by GET, runs the registered document: the id
 * is swapped for it before Apollo Server sees the request, so every later rule (CSRF, a mutation
 * by GET refused with 405, operation limits, service reads) applies to it as to any document. An
 * unknown id is answered 404 PERSISTED_QUERY_NOT_FOUND. Apollo's own persisted queries stay off:
 * they would let any caller register documents, and answer a miss with a code of their own.
 *
 * The gateway's own operations (feeds, manuals) call Apollo Server in-process and never pass here.
 */
export function trustedDocuments(options: TrustedDocumentsOptions): RequestHandler {
  const registry = documentRegistry({
    'web-client': options.webClient,
    export: options.exportOperations ?? EMPTY_MANIFEST,
  });
  const enforce = options.mode === 'enforce';
  return (req, res, next) => {
    const request = documentRequestOf(req);
    if (request.kind === 'invalid') return sendRefusal(res, 400, ErrorCode.BAD_REQUEST, request.message);
    let registered = null;
    if (request.kind === 'id') {
      const document = registry.get(request.id);
      if (!document) {
        return sendRefusal(
          res,
          404,
          ErrorCode.PERSISTED_QUERY_NOT_FOUND,
          'No registered document has this id: the client may be newer or older than this API.',
        );
      }
      replaceIdWithDocument(req, document.body);
      registered = document.source;
    }
    // A request with no document at all is Apollo Server's to refuse (400).
    if (!enforce || request.kind === 'none') return next();
    const refusal = refusalFor(sendRightOf(viewerOf(res), serviceOf(res)), { registered });
    if (!refusal) return next();
    options.logger?.info(
      { requestId: requestIdOf(req), registered: registered !== null },
      'refused a document this caller may not send',
    );
    sendRefusal(res, 403, ErrorCode.FORBIDDEN, refusal);
  };
}
