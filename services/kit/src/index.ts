import 'reflect-metadata';

// What the subgraphs run on. What their tests run on is `@best/kit/testing` (src/testing/index.ts).

export * from './errors/error-codes';
export { formatError } from './errors/format-error';
export { loadEnv, port, bool, postgresUrl, logLevel } from './env/load-env';
export { subgraphEnvSchema, type SubgraphEnv } from './env/subgraph-env';
export {
  buildFederatedSchema,
  type FederatedSchema,
  type FederatedSchemaOptions,
  type ReferenceResolvers,
} from './schema/build-federated-schema';
export {
  createDataSource,
  ensureDatabase,
  connectAndMigrate,
  databaseUrl,
  type DatabaseOptions,
} from './db/data-source';
export {
  ConnectionType,
  ConnectionArgs,
  PageInfo,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type Connection,
  type Edge,
} from './pagination/connection';
export { paginate, encodeCursor, decodeCursor, type SortKey } from './pagination/paginate';
export { createRequestContext, type RequestContext, type RequestContextOptions } from './context/request-context';
export { keyedLoader, groupedLoader } from './context/batch';
export {
  createSubgraphServer,
  requestContextOf,
  type SubgraphServer,
  type SubgraphServerOptions,
  type RunningServer,
} from './server/create-subgraph-server';
export { createLogger } from './server/logger';
export { bootSubgraph, runSubgraph, subgraphEnv } from './server/boot';
export {
  defineSubgraph,
  systemContextOf,
  type SubgraphDefinition,
  type SubgraphDeps,
  type SubgraphRouteDeps,
  type LoadersOf,
} from './subgraph/subgraph-definition';
export { createServerFor, createSubgraphDataSource } from './subgraph/subgraph-runtime';
export { SafeText, isSafeText } from './validation/safe-text';
export { isUniqueViolation } from './db/db-errors';
export {
  Role,
  Scope,
  ANONYMOUS,
  SYSTEM,
  isStaff,
  isNetworkMember,
  canReadNetwork,
  coordinatesCountry,
  hasScope,
  type Viewer,
} from './identity/viewer';
export {
  signIdentity,
  verifyIdentity,
  NonceLedger,
  IdentityRefused,
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  MAX_IDENTITY_AGE_MS,
} from './identity/identity-signature';
export {
  createGatewayReader,
  GATEWAY_READ_TIMEOUT_MS,
  type GatewayReader,
  type GatewayReaderOptions,
} from './gateway/gateway-reader';
export { signServiceRead, verifyServiceRead, serviceReadKey, SERVICE_HEADER } from './gateway/service-read';
export { DEMO_IDENTITY_SECRET, identitySecret, refuseDemoSecretsInProduction } from './env/secrets';
export {
  hashPassword,
  verifyPassword,
  verifyAgainstDecoy,
  needsRehash,
  PASSWORD_HASH_PARAMS,
  MAX_PASSWORD_LENGTH,
} from './identity/password-hash';
export { AuditEvent } from './audit/audit-event.entity';
export { AuditAction, AUDIT_ACTION_PATTERN } from './audit/audit-action';
export { AUDIT_EVENT_TABLE_SQL, createAuditEventTable, dropAuditEventTable } from './audit/audit-table';
export { recordAudit, type AuditEntry, type AuditContext } from './audit/record-audit';
export { foldWord, MAX_SEARCH_WORDS, prefixQuery, searchWords } from './search/search-words';
export { ISO_639_1_LANGUAGES, isLanguageCode } from './validation/iso-639';
export { ISO_3166_COUNTRIES, isCountryCode } from './validation/iso-3166';
export {
  MAX_URL_LENGTH,
  UUID_PATTERN,
  isUuid,
  IsUuid,
  isHttpUrl,
  HttpUrl,
  Email,
  Phone,
  CountryCode,
  LanguageCode,
  isIsoDate,
  IsoDate,
  Problems,
} from './validation/validators';
