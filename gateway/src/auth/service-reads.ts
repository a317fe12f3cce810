import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ErrorCode } from '@best/kit';

/**
 * A subgraph reading through the gateway acts as the platform itself (SYSTEM, an admin's rights), so
 * it may only read: any operation of a service read other than a query is refused with FORBIDDEN
 * (HTTP 403) before it is planned, whatever else the document holds.
 */
export function serviceReadsOnly<C extends BaseContext & { service?: string }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!contextValue.service || operation?.operation === OperationTypeNode.QUERY) return;
          throw new GraphQLError('A service reads through the gateway with queries only.', {
            extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
          });
        },
      };
    },
  };
}
