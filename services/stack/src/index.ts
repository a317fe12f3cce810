export { startStack, type Stack } from './stack';
export { gatewayClient, DEMO_PASSWORD, type GatewayClient } from './client';
export { SUBGRAPH_PACKAGES, type SubgraphPackage } from './subgraphs';
export {
  printSubgraphSdls,
  readCommittedSubgraphSdls,
  readCommittedComposition,
  gatewaySchemaFiles,
  REGENERATE,
  type SubgraphSdls,
} from './schemas';
