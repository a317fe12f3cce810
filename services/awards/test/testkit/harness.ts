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
import { createAwardsDataSource } from '../../src/data-source';
import { seedAwardsDemo } from '../../src/seed/demo-seed';
import { createServer } from '../../src/server';

export interface AwardsHarness {
  dataSource: DataSource;
  server: RunningServer;
  /** Every SQL statement run since the last `statements.length = 0`. */
  statements: string[];
  /** Calls the subgraph as `viewer` (anonymous unless given), signed as the gateway signs it. */
  gql: (
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ) => Promise<{ status: number; body: GraphQLResponse }>;
  selectCount: () => number;
  stop: () => Promise<void>;
}

/** A migrated database of its own and the subgraph listening on a free port, as the gateway would reach it. */
export async function startAwards(options: { demo?: boolean } = {}): Promise<AwardsHarness> {
  const db: TestDatabase = await createTestDatabase('awards');
  const statements: string[] = [];
  const dataSource = await connectAndMigrate(createAwardsDataSource(db.url, (sql) => statements.push(sql)));
  if (options.demo) await seedAwardsDemo(dataSource);
  const server = await (
    await createServer({ dataSource, logger: pino({ level: 'silent' }), identitySecret: TEST_IDENTITY_SECRET })
  ).listen(0);
  return {
    dataSource,
    server,
    statements,
    gql: (query, variables = {}, viewer) => postGraphQL(server.url, query, variables, headersFor(viewer)),
    selectCount: () => statements.filter((s) => /^\s*SELECT/i.test(s)).length,
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** The `extensions.code` of the first error, for refusal tests. */
export const errorCode = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions?.code;
