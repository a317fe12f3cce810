import 'reflect-metadata';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import {
  ANONYMOUS,
  TEST_IDENTITY_SECRET,
  connectAndMigrate,
  createTestDatabase,
  headersFor,
  postGraphQL,
  signIdentity,
  type GraphQLResponse,
  type RunningServer,
  type TestDatabase,
  type Viewer,
} from '@best/kit';
import { demoNetwork } from '@best/demo';
import { createNetworkDataSource } from '../src/data-source';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { seedNetworkDemo } from '../src/seed/demo-seed';
import { createServer } from '../src/server';

export interface AccessHarness {
  dataSource: DataSource;
  /** http://host:port of the subgraph (without /graphql). */
  base: string;
  /** A GraphQL operation as `viewer`, signed the way the gateway signs it. */
  gql: (
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ) => Promise<{ status: number; body: GraphQLResponse<any> }>;
  /** A call to the gateway-only routes under /internal, signed like the gateway. */
  internal: (path: string, body: unknown, signed?: boolean) => Promise<{ status: number; body: any }>;
  /** Signs in a demo account (from its own address, so throttles of other tests do not count). */
  signIn: (email: string, password?: string, address?: string) => Promise<{ sessionToken: string; viewer: Viewer }>;
  stop: () => Promise<void>;
}

/** The network subgraph on a fresh database with the demo data (and demo accounts), over real HTTP. */
export async function startNetwork(): Promise<AccessHarness> {
  const db: TestDatabase = await createTestDatabase('network_access');
  const dataSource = await connectAndMigrate(createNetworkDataSource(db.url));
  await seedNetworkDemo(dataSource);
  const server: RunningServer = await (
    await createServer({ dataSource, logger: pino({ level: 'silent' }), identitySecret: TEST_IDENTITY_SECRET })
  ).listen(0);
  const base = server.url.replace(/\/graphql$/, '');

  const internal: AccessHarness['internal'] = async (path, body, signed = true) => {
    const response = await fetch(`${base}/internal${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signed ? signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET) : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  let addresses = 0;
  return {
    dataSource,
    base,
    gql: (query, variables = {}, viewer = ANONYMOUS) => postGraphQL(server.url, query, variables, headersFor(viewer)),
    internal,
    signIn: async (email, password = DEMO_PASSWORD, address = `198.51.100.${++addresses}`) => {
      const { status, body } = await internal('/sign-in', { email, password, address });
      if (status !== 200) throw new Error(`sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`);
      return body;
    },
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** The demo network's national partner organisation of a country. */
export const partnerOf = (countryCode: string): string =>
  demoNetwork().countries.find((c) => c.code === countryCode)!.partnerOrganizationId!;

/** Another organisation of the country, not its partner. */
export const otherOrganizationOf = (countryCode: string): string =>
  demoNetwork().organizations.find((o) => o.countryCode === countryCode && o.id !== partnerOf(countryCode))!.id;

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
