export { trustedDocuments, type TrustedDocumentsMode, type TrustedDocumentsOptions } from './trusted-documents';
export { EMPTY_MANIFEST, parseManifest, readManifest, type PersistedQueryManifest } from './manifest';
export { sendRightOf, type SendRight } from './who-may-send';
