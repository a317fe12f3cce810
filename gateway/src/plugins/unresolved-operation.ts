import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ErrorCode } from '@best/kit';

/**
 * Answers a request whose operation cannot be chosen (an `operationName` the document does not
 * hold, or several operations and no name) with BAD_REQUEST and HTTP 400. In front of a gateway,
 * Apollo Server would otherwise go on to execution and answer HTTP 500, as if the mistake were ours.
 */
export function refuseUnresolvedOperations(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? `The document has no operation named "${request.operationName.slice(0, 100)}".`
            : operations > 1
              ? 'The document has several operations: name the one to run in operationName.'
              : 'The document has no operation to run.';
          throw new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        },
      };
    },
  };
}
