// One PostgreSQL server for the whole test run: TEST_DATABASE_URL when given, else an embedded one.
// Each test file creates its own database on it (see createTestDatabase in @best/kit).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './scripts/embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'best-test-pg-'));
  // As root the server runs as a `postgres` user, which must be able to enter this folder.
  chmodSync(parent, 0o755);
  const dir = join(parent, 'data');
  const port = 15000 + Math.floor(Math.random() * 5000);
  const server = await startEmbeddedPostgres({ dir, port, persistent: false });
  process.env.TEST_DATABASE_SERVER_URL = server.url;
  globalThis.__BEST_TEST_PG__ = server;
}
