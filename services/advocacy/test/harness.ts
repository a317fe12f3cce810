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
import { createAdvocacyDataSource } from '../src/data-source';
import { seedAdvocacyDemo } from '../src/seed/demo-seed';
import { createServer } from '../src/server';

export interface Harness {
  dataSource: DataSource;
  server: RunningServer;
  /** Calls the subgraph as `viewer` (anonymous unless given), signed as the gateway signs it. */
  gql: (
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ) => Promise<{ status: number; body: GraphQLResponse }>;
  /** Runs `work` and returns the SELECT statements it sent to PostgreSQL. */
  selectsDuring: (work: () => Promise<unknown>) => Promise<string[]>;
  stop: () => Promise<void>;
}

/** A fresh database with the demo seed, behind a real HTTP server, as the gateway would call it. */
export async function startAdvocacy(): Promise<Harness> {
  const db: TestDatabase = await createTestDatabase('advocacy');
  const statements: string[] = [];
  const dataSource = await connectAndMigrate(createAdvocacyDataSource(db.url, (sql) => statements.push(sql)));
  await seedAdvocacyDemo(dataSource);
  const server = await (
    await createServer({ dataSource, logger: pino({ level: 'silent' }), identitySecret: TEST_IDENTITY_SECRET })
  ).listen(0);
  return {
    dataSource,
    server,
    gql: (query, variables = {}, viewer) => postGraphQL(server.url, query, variables, headersFor(viewer)),
    selectsDuring: async (work) => {
      statements.length = 0;
      await work();
      return statements.filter((sql) => /^\s*SELECT/i.test(sql));
    },
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}
