import 'reflect-metadata';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import {
  connectAndMigrate,
  createTestDatabase,
  postGraphQL,
  type GraphQLResponse,
  type RunningServer,
  type TestDatabase,
  headersFor,
  TEST_IDENTITY_SECRET,
  type Viewer,
} from '@best/kit';
import { createStoriesDataSource } from '../src/data-source';
import { createServer } from '../src/server';

export interface StoriesSubgraph {
  dataSource: DataSource;
  url: string;
  /** Every SQL statement since the last `statements.length = 0`. */
  statements: string[];
  /** Calls the subgraph as `viewer` (anonymous unless given), signed as the gateway signs it. */
  gql: (
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ) => Promise<{ status: number; body: GraphQLResponse }>;
  /** SELECT statements seen since the last reset. */
  selects: () => string[];
  stop: () => Promise<void>;
}

/** A stories subgraph on its own fresh database, served over real HTTP. */
export async function startStoriesSubgraph(): Promise<StoriesSubgraph> {
  const db: TestDatabase = await createTestDatabase('stories');
  const statements: string[] = [];
  const dataSource = await connectAndMigrate(createStoriesDataSource(db.url, (sql) => statements.push(sql)));
  const server: RunningServer = await (
    await createServer({ dataSource, logger: pino({ level: 'silent' }), identitySecret: TEST_IDENTITY_SECRET })
  ).listen(0);
  return {
    dataSource,
    url: server.url,
    statements,
    gql: (query, variables = {}, viewer) => postGraphQL(server.url, query, variables, headersFor(viewer)),
    selects: () => statements.filter((s) => /^\s*SELECT/i.test(s)),
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}
