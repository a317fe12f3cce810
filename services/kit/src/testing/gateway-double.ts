import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { DomainError, ErrorCode } from '../errors/error-codes';
import type { GatewayReader } from '../gateway/gateway-reader';

/** Answers one named query as the gateway would: its `data`. */
export type GatewayAnswerer = (variables: Record<string, unknown>) => unknown;

/** A test double of the gateway with the queries it was asked, newest last. */
export interface GatewayDouble extends GatewayReader {
  asked: { operationName: string; variables: Record<string, unknown> }[];
  /** From now on every read fails as when the gateway does not answer (SERVICE_UNAVAILABLE). */
  goDown: () => void;
  /** Answers again. */
  comeBack: () => void;
}

/**
 * A subgraph's reader of the gateway for its integration tests (the real path is proved end to end
 * through the stack): each query is answered by the answerer of its operation name; a query with no
 * answerer gets null in every root field, as the gateway answers for ids nobody knows. Like the real
 * reader, it accepts one query operation and nothing else.
 */
export function gatewayDouble(answerers: Record<string, GatewayAnswerer> = {}): GatewayDouble {
  let down = false;
  const asked: GatewayDouble['asked'] = [];
  return {
    asked,
    goDown: () => {
      down = true;
    },
    comeBack: () => {
      down = false;
    },
    async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
      const operations = parse(document).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.QUERY) {
        throw new Error('A service reads through the gateway with exactly one query operation.');
      }
      const operationName = operations[0].name?.value ?? '';
      asked.push({ operationName, variables });
      if (down) throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'The gateway (a test double) is down.');
      const answerer = answerers[operationName];
      if (answerer) return answerer(variables) as T;
      const nothing: Record<string, null> = {};
      for (const selection of operations[0].selectionSet.selections) {
        if (selection.kind === Kind.FIELD) nothing[selection.alias?.value ?? selection.name.value] = null;
      }
      return nothing as T;
    },
  };
}
