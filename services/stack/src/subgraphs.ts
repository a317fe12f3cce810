import type { FederatedSchema, SubgraphServer } from '@best/kit';
import * as advocacy from '@best/advocacy';
import * as awards from '@best/awards';
import type { SubgraphName } from '@best/gateway';
import * as network from '@best/network';
import * as stories from '@best/stories';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** What the stack needs from a subgraph package to print its schema, and to run it with demo data. */
export interface SubgraphPackage {
  buildSchema: () => Promise<FederatedSchema>;
  createDataSource: (url: string, onQuery?: (sql: string) => void) => DataSource;
  seedDemo: (dataSource: DataSource) => Promise<void>;
  createServer: (deps: { dataSource: DataSource; logger: Logger; identitySecret: string }) => Promise<SubgraphServer>;
  /** The package's committed, printed schema (`schema.graphql`), found by package name. */
  schemaFile: () => string;
}

/** Every subgraph of the supergraph, by the name the gateway composes it under. */
export const SUBGRAPH_PACKAGES: Record<SubgraphName, SubgraphPackage> = {
  network: {
    buildSchema: network.buildNetworkSchema,
    createDataSource: network.createNetworkDataSource,
    seedDemo: network.seedNetworkDemo,
    createServer: network.createServer,
    schemaFile: () => require.resolve('@best/network/schema.graphql'),
  },
  awards: {
    buildSchema: awards.buildAwardsSchema,
    createDataSource: awards.createAwardsDataSource,
    seedDemo: awards.seedAwardsDemo,
    createServer: awards.createServer,
    schemaFile: () => require.resolve('@best/awards/schema.graphql'),
  },
  stories: {
    buildSchema: stories.buildStoriesSchema,
    createDataSource: stories.createStoriesDataSource,
    seedDemo: stories.seedStoriesDemo,
    createServer: stories.createServer,
    schemaFile: () => require.resolve('@best/stories/schema.graphql'),
  },
  advocacy: {
    buildSchema: advocacy.buildAdvocacySchema,
    createDataSource: advocacy.createAdvocacyDataSource,
    seedDemo: advocacy.seedAdvocacyDemo,
    createServer: advocacy.createServer,
    schemaFile: () => require.resolve('@best/advocacy/schema.graphql'),
  },
};
