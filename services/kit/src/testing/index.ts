// The test kit every subgraph's tests use (`@best/kit/testing`): a subgraph on a fresh database,
// called as any caller of one shared caller matrix, with the SQL it sends counted.
export { createTestDatabase, type TestDatabase } from './test-database';
export { postGraphQL, expectNoGraphQLErrors, type GraphQLResponse } from './graphql-request';
export { TEST_IDENTITY_SECRET, headersFor, viewers } from './viewers';
export {
  startSubgraph,
  codeOf,
  problemFields,
  unique,
  type TestSubgraph,
  type StartSubgraphOptions,
  type GraphQLResult,
} from './start-subgraph';
export { gatewayDouble, type GatewayDouble, type GatewayAnswerer } from './gateway-double';
export { callerMatrix, CALLER_KEYS, type CallerKey, type CallerMatrix, type CallerPlace } from './callers';
