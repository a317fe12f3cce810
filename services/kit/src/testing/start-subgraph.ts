import 'reflect-metadata';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { connectAndMigrate } from '../db/data-source';
import type { GatewayReader } from '../gateway/gateway-reader';
import type { Viewer } from '../identity/viewer';
import type { RunningServer } from '../server/create-subgraph-server';
import { systemContextOf, type SubgraphDefinition } from '../subgraph/subgraph-definition';
import { createServerFor, createSubgraphDataSource } from '../subgraph/subgraph-runtime';
import { expectNoGraphQLErrors, postGraphQL, type GraphQLResponse } from './graphql-request';
import { createTestDatabase } from './test-database';
import { gatewayDouble } from './gateway-double';
import { headersFor, TEST_IDENTITY_SECRET } from './viewers';

export type GraphQLResult<T = any> = { status: number; body: GraphQLResponse<T> };

/** A subgraph under test: its own fresh database, a real HTTP server, and SQL it can count. */
export interface TestSubgraph {
  dataSource: DataSource;
  /** `http://127.0.0.1:<port>/graphql`. */
  url: string;
  /** `http://127.0.0.1:<port>`, for its other routes (`/internal/...`, `/health`). */
  base: string;
  /** Every SQL statement the subgraph sent since it started (or since a test emptied the array). */
  statements: string[];
  /** An operation as `viewer` (anonymous unless given), signed the way the gateway signs it. */
  gql: <T = any>(query: string, variables?: Record<string, unknown>, viewer?: Viewer) => Promise<GraphQLResult<T>>;
  /** As `gql`, failing with the operation and the whole body on any error; returns `data`. */
  ok: <T = any>(query: string, variables?: Record<string, unknown>, viewer?: Viewer) => Promise<T>;
  /** The SELECT statements sent while `work` ran. */
  selectsDuring: (work: () => Promise<unknown>) => Promise<string[]>;
  /** Every statement sent while `work` ran. */
  statementsDuring: (work: () => Promise<unknown>) => Promise<string[]>;
  stop: () => Promise<void>;
}

export interface StartSubgraphOptions<Options extends object> {
  /** Load the demo data first (default: no, an empty migrated database). */
  demo?: boolean;
  /** The test database's name prefix (default: the subgraph's name). */
  prefix?: string;
  /** What the subgraph's server takes besides the usual deps (stories: media storage and limits). */
  server?: Partial<Options>;
  /**
   * What a subgraph that reads through the gateway reads (a `gatewayDouble`); by default one that
   * knows none of the ids asked about. The real path is tested through the stack.
   */
  gateway?: GatewayReader;
}

const isSelect = (sql: string) => /^\s*SELECT/i.test(sql);

/** Starts a subgraph as the gateway would reach it, on a fresh migrated database of its own. */
export async function startSubgraph<Loaders, Options extends object>(
  definition: SubgraphDefinition<Loaders, Options>,
  options: StartSubgraphOptions<Options> = {},
): Promise<TestSubgraph> {
  const db = await createTestDatabase(options.prefix ?? definition.name);
  const statements: string[] = [];
  const dataSource = createSubgraphDataSource(definition, db.url, (sql) => statements.push(sql));
  let server: RunningServer | undefined;
  try {
    await connectAndMigrate(dataSource);
    if (options.demo) await definition.seedDemo(dataSource, systemContextOf(definition, dataSource));
    const deps = {
      dataSource,
      logger: pino({ level: 'silent' }),
      identitySecret: TEST_IDENTITY_SECRET,
      gateway: definition.readsThroughGateway ? (options.gateway ?? gatewayDouble()) : undefined,
      ...options.server,
    } as Parameters<typeof createServerFor<Loaders, Options>>[1];
    server = await (await createServerFor(definition, deps)).listen(0);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
    throw error;
  }
  const url = server.url;
  const gql: TestSubgraph['gql'] = (query, variables = {}, viewer) =>
    postGraphQL(url, query, variables, headersFor(viewer));
  const during = async (work: () => Promise<unknown>) => {
    const from = statements.length;
    await work();
    return statements.slice(from);
  };
  const running = server;
  return {
    dataSource,
    url,
    base: url.replace(/\/graphql$/, ''),
    statements,
    gql,
    ok: async (query, variables = {}, viewer) =>
      expectNoGraphQLErrors((await gql(query, variables, viewer)).body, query),
    selectsDuring: async (work) => (await during(work)).filter(isSelect),
    statementsDuring: during,
    stop: async () => {
      await running.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

type Answer = { body: GraphQLResponse<unknown> } | GraphQLResponse<unknown>;
const bodyOf = (answer: Answer): GraphQLResponse<unknown> => ('body' in answer ? answer.body : answer);

/** The `extensions.code` of the first error of a result or of its body, to assert a refusal in one line. */
export const codeOf = (answer: Answer): unknown => bodyOf(answer).errors?.[0]?.extensions?.code;

/** The fields named in the first error's problems, e.g. ["endDate"]. */
export const problemFields = (answer: Answer): string[] =>
  ((bodyOf(answer).errors?.[0]?.extensions?.problems as { field: string }[] | undefined) ?? []).map((p) => p.field);

let counter = 0;
/** A title, name or city no other test in the same database uses. */
export const unique = (text: string) => `${text} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;
