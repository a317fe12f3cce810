import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from '../db/data-source';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, uniquely named database on the test server (TEST_DATABASE_SERVER_URL, set by jest's
 * global setup), so test files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_SERVER_URL;
  if (!server)
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run tests through `npm test` (jest global setup).');
  const name = `${prefix}_test_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: databaseUrl(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: databaseUrl(server, name),
    drop: async () => {
      const client = new Client({ connectionString: databaseUrl(server, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
