import { Role, Scope, type Viewer } from '@best/kit';
import type { DocumentSource } from './manifest';

/**
 * What a caller may send under TRUSTED_DOCUMENTS=enforce:
 * - ANY_DOCUMENT: documents of its own or registered ones: admins (signed in), partner tokens with
 *   READ or WRITE (their own integrations, under the same operation limits as everyone), and the
 *   subgraphs' service reads (queries only: `serviceReadsOnly`).
 * - REGISTERED_DOCUMENTS: only documents in a manifest (the web client's, or the export registry):
 *   the public and every other signed-in person, who reach the API through the web client.
 * - EXPORT_OPERATIONS: only the registered export operations: tokens whose only scope is EXPORT.
 */
export type SendRight = 'ANY_DOCUMENT' | 'REGISTERED_DOCUMENTS' | 'EXPORT_OPERATIONS';

export function sendRightOf(viewer: Viewer, service: string | undefined): SendRight {
  if (service) return 'ANY_DOCUMENT';
  if (viewer.kind === 'USER') return viewer.role === Role.ADMIN ? 'ANY_DOCUMENT' : 'REGISTERED_DOCUMENTS';
  if (viewer.kind === 'TOKEN') {
    if (viewer.scopes.includes(Scope.READ) || viewer.scopes.includes(Scope.WRITE)) return 'ANY_DOCUMENT';
    if (viewer.scopes.includes(Scope.EXPORT)) return 'EXPORT_OPERATIONS';
  }
  return 'REGISTERED_DOCUMENTS';
}

/** Why a request is refused, or null when the caller may send it. */
export function refusalFor(right: SendRight, sent: { registered: DocumentSource | null }): string | null {
  if (right === 'ANY_DOCUMENT') return null;
  if (right === 'EXPORT_OPERATIONS') {
    return sent.registered === 'export'
      ? null
      : 'A token with only the EXPORT scope runs the registered export operations only.';
  }
  return sent.registered
    ? null
    : 'This API runs only registered documents for this caller: send the `documentId` of an operation in the ' +
        "web client's manifest. Partner integrations send their own documents with an API token that has the READ or " +
        'WRITE scope.';
}
