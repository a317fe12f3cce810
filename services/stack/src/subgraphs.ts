import {
  createGatewayReader,
  createServerFor,
  createSubgraphDataSource,
  systemContextOf,
  type FederatedSchema,
  type SubgraphDefinition,
  type SubgraphServer,
} from '@best/kit';
import { advocacySubgraph } from '@best/advocacy';
import { awardsSubgraph } from '@best/awards';
import type { SubgraphName } from '@best/gateway';
import { networkSubgraph } from '@best/network';
import { storiesSubgraph } from '@best/stories';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** What the stack needs from a subgraph package to print its schema, and to run it with demo data. */
export interface SubgraphPackage {
  buildSchema: () => Promise<FederatedSchema>;
  createDataSource: (url: string, onQuery?: (sql: string) => void) => DataSource;
  seedDemo: (dataSource: DataSource) => Promise<void>;
  /** `gatewayUrl`: where the gateway will listen, for subgraphs that read through it. */
  createServer: (deps: {
    dataSource: DataSource;
    logger: Logger;
    identitySecret: string;
    gatewayUrl: string;
  }) => Promise<SubgraphServer>;
  /** The package's committed, printed schema (`schema.graphql`), found by package name. */
  schemaFile: () => string;
}

// Each subgraph package describes itself once (its `src/subgraph.ts`); the kit builds the rest from that.
function fromDefinition(definition: SubgraphDefinition<any, any>, schemaFile: () => string): SubgraphPackage {
  return {
    buildSchema: definition.buildSchema,
    createDataSource: (url, onQuery) => createSubgraphDataSource(definition, url, onQuery),
    // As boot does: the demo data goes through the product's services, as the platform itself (SYSTEM).
    seedDemo: (dataSource) => definition.seedDemo(dataSource, systemContextOf(definition, dataSource)),
    createServer: ({ gatewayUrl, ...deps }) =>
      createServerFor(definition, {
        ...deps,
        gateway: definition.readsThroughGateway
          ? createGatewayReader({ url: gatewayUrl, secret: deps.identitySecret, service: definition.name })
          : undefined,
      }),
    schemaFile,
  };
}

/** Every subgraph of the supergraph, by the name the gateway composes it under. */
export const SUBGRAPH_PACKAGES: Record<SubgraphName, SubgraphPackage> = {
  network: fromDefinition(networkSubgraph, () => require.resolve('@best/network/schema.graphql')),
  awards: fromDefinition(awardsSubgraph, () => require.resolve('@best/awards/schema.graphql')),
  stories: fromDefinition(storiesSubgraph, () => require.resolve('@best/stories/schema.graphql')),
  advocacy: fromDefinition(advocacySubgraph, () => require.resolve('@best/advocacy/schema.graphql')),
};
