#!/usr/bin/env node
// `npm start`: the whole platform on one machine. Without DATABASE_URL an embedded PostgreSQL keeps
// its data under .data/ (a second start reuses it); each subgraph gets its own database on the
// server, migrates it, and loads the demo data when it is empty. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const SUBGRAPHS = [
  ['network', Number(env.NETWORK_PORT ?? 4001)],
  ['awards', Number(env.AWARDS_PORT ?? 4002)],
  ['stories', Number(env.STORIES_PORT ?? 4003)],
  ['advocacy', Number(env.ADVOCACY_PORT ?? 4004)],
];
const GATEWAY_PORT = Number(env.GATEWAY_PORT ?? 4000);
const WEB_PORT = Number(env.WEB_PORT ?? 5173);
const PG_PORT = Number(env.EMBEDDED_POSTGRES_PORT ?? 5433);

const children = [];
let database = null;
let stopping = false;

const say = (line) => console.log(`[start] ${line}`);

function databaseUrl(server, name) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(name, command, args, extraEnv) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const relay = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything.`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, what, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (stopping) return;
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  if (database) await database.stop();
  say('stopped.');
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function main() {
  let server = env.DATABASE_URL;
  if (!server) {
    say(`starting embedded PostgreSQL on port ${PG_PORT} (data in .data/postgres)…`);
    database = await startEmbeddedPostgres({ dir: join(root, '.data', 'postgres'), port: PG_PORT, persistent: true });
    server = database.url;
  } else {
    say('using the PostgreSQL server in DATABASE_URL');
  }

  const seed = env.SEED_DEMO ?? 'true';
  for (const [name, port] of SUBGRAPHS) {
    run(name, process.execPath, [`services/${name}/dist/index.js`], {
      PORT: String(port),
      DATABASE_URL: databaseUrl(server, name),
      SEED_DEMO: seed,
      // Awards reads the network, and the network the guideline's intake traits, through the gateway
      // (started below, on a port chosen up front).
      GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
    });
  }
  await Promise.all(SUBGRAPHS.map(([name, port]) => waitFor(`http://127.0.0.1:${port}/ready`, `the ${name} subgraph`)));

  const subgraphUrl = (name) => `http://127.0.0.1:${SUBGRAPHS.find(([n]) => n === name)[1]}/graphql`;
  run('gateway', process.execPath, ['gateway/dist/index.js'], {
    PORT: String(GATEWAY_PORT),
    NETWORK_URL: subgraphUrl('network'),
    AWARDS_URL: subgraphUrl('awards'),
    STORIES_URL: subgraphUrl('stories'),
    ADVOCACY_URL: subgraphUrl('advocacy'),
    // The web client's proxy on this machine forwards each browser's address for per-address limits.
    TRUST_PROXY: env.TRUST_PROXY ?? 'loopback',
    CORS_ORIGINS: env.CORS_ORIGINS ?? `http://localhost:${WEB_PORT},http://127.0.0.1:${WEB_PORT}`,
  });
  await waitFor(`http://127.0.0.1:${GATEWAY_PORT}/ready`, 'the gateway');

  run('web', process.execPath, ['web/scripts/serve.mjs'], {
    WEB_PORT: String(WEB_PORT),
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
  });
  await waitFor(`http://127.0.0.1:${WEB_PORT}/`, 'the web client');

  console.log(`
  B.E.S.T. platform is running
    web client   http://localhost:${WEB_PORT}/
    gateway      http://localhost:${GATEWAY_PORT}/graphql   (health: /health, readiness: /ready)
    story feeds  http://localhost:${GATEWAY_PORT}/feeds/stories.rss, /feeds/stories.atom (?language=fr)
    withdrawal   http://localhost:${WEB_PORT}/withdraw   (storytellers, with their code)
${SUBGRAPHS.map(([name, port]) => `    ${name.padEnd(12)} http://localhost:${port}/graphql`).join('\n')}
    PostgreSQL   ${database ? `embedded, port ${PG_PORT}, data in .data/postgres` : 'from DATABASE_URL'}
  Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  void stop(1);
});
