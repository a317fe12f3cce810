import 'reflect-metadata';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import {
  ANONYMOUS,
  TEST_IDENTITY_SECRET,
  connectAndMigrate,
  createTestDatabase,
  expectNoGraphQLErrors,
  headersFor,
  postGraphQL,
  type GraphQLResponse,
  type Viewer,
} from '@best/kit';
import { createNetworkDataSource } from '../../src/data-source';
import { seedNetworkDemo } from '../../src/seed/demo-seed';
import { createServer } from '../../src/server';

export type Response = { status: number; body: GraphQLResponse<any> };
export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<Response>;

export interface NetworkHarness {
  dataSource: DataSource;
  /** Every SQL statement since the last `statements.length = 0`. */
  statements: string[];
  /** Operations as `viewer`, signed the way the gateway signs them. */
  as: (viewer: Viewer) => Gql;
  /** As `viewer`, failing with the whole body when there is any error; returns `data`. */
  ok: (viewer: Viewer, query: string, variables?: Record<string, unknown>) => Promise<any>;
  stop: () => Promise<void>;
}

/** The network subgraph on its own fresh database with the demo network, over real HTTP. */
export async function startNetwork(prefix = 'network'): Promise<NetworkHarness> {
  const db = await createTestDatabase(prefix);
  const statements: string[] = [];
  const dataSource = await connectAndMigrate(createNetworkDataSource(db.url, (sql) => statements.push(sql)));
  await seedNetworkDemo(dataSource);
  const server = await (
    await createServer({ dataSource, logger: pino({ level: 'silent' }), identitySecret: TEST_IDENTITY_SECRET })
  ).listen(0);
  const as =
    (viewer: Viewer): Gql =>
    (query, variables = {}) =>
      postGraphQL(server.url, query, variables, headersFor(viewer));
  return {
    dataSource,
    statements,
    as,
    ok: async (viewer = ANONYMOUS, query, variables = {}) =>
      expectNoGraphQLErrors((await as(viewer)(query, variables)).body, query),
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** The code of the first error, to assert refusals in one line. */
export const codeOf = (response: Response): unknown => response.body.errors?.[0]?.extensions?.code;

/** The fields named in the first error's problems, e.g. ["endDate"]. */
export const problemFields = (response: Response): string[] =>
  ((response.body.errors?.[0]?.extensions?.problems as { field: string }[] | undefined) ?? []).map((p) => p.field);
