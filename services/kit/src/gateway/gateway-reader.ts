import { Kind, OperationTypeNode, parse } from 'graphql';
import { DomainError, ErrorCode } from '../errors/error-codes';
import { signServiceRead } from './service-read';

/** How a subgraph reads another subgraph's data: a query through the gateway, as itself. */
export interface GatewayReader {
  /** Runs a query (never a mutation) and returns its `data`; any error or time-out throws SERVICE_UNAVAILABLE. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface GatewayReaderOptions {
  /** The gateway's GraphQL URL (GATEWAY_URL). */
  url: string;
  /** The identity secret the gateway and the subgraphs share (GATEWAY_IDENTITY_SECRET). */
  secret: string;
  /** The reading subgraph's name (`awards`), for the gateway's logs and the signature. */
  service: string;
  /** How long one read may take, in milliseconds (default 5000). */
  timeoutMs?: number;
}

/** The default wait for a read through the gateway: a person is waiting on the request that caused it. */
export const GATEWAY_READ_TIMEOUT_MS = 5_000;

const unavailable = () =>
  new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'Part of the platform this needs did not answer in time. Nothing was changed; try again in a moment.',
  );

/** Refuses, before sending anything, a document that is not one query: a service only reads. */
function requireQuery(document: string): void {
  const operations = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.QUERY) {
    throw new Error('A service reads through the gateway with exactly one query operation.');
  }
}

type GatewayAnswer<T> = { data?: T | null; errors?: { message?: string; extensions?: { code?: string } }[] };

/**
 * A reader for the gateway, signed as `service` with the shared identity secret (a derived key, a
 * timestamp and a nonce: see service-read.ts). The gateway serves it as the platform itself (SYSTEM),
 * queries only. An answer with any error counts as no answer: a partial read would silently miss
 * data the caller's rules depend on.
 */
export function createGatewayReader(options: GatewayReaderOptions): GatewayReader {
  const timeoutMs = options.timeoutMs ?? GATEWAY_READ_TIMEOUT_MS;
  return {
    async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
      requireQuery(document);
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            ...signServiceRead(options.service, options.secret),
          },
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        throw unavailable();
      }
      const answer = (await response.json().catch(() => null)) as GatewayAnswer<T> | null;
      if (!response.ok || !answer || answer.errors?.length || !answer.data) throw unavailable();
      return answer.data;
    },
  };
}
