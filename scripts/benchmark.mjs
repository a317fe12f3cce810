// Measures the platform, and prints figures side by side; it asserts nothing (tests do that).
//   npm run bench            (after `npm run build`; starts its own embedded PostgreSQL)
//   BENCH_DATABASE_URL=postgres://…/postgres npm run bench   (any PostgreSQL server instead)
// 1. What the gateway costs: the same operation sent straight to its subgraph and through the
//    gateway, one after another and ten at a time, with the ratio of the two.
// 2. SQL statements per operation at several page sizes, per subgraph: a batched page costs the
//    same number of statements for 5 items as for 50.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

// The built workspaces, by package name (`npm run build` first).
const require = createRequire(import.meta.url);
const { startStack, DEMO_PASSWORD } = require('@best/stack');
const { ANONYMOUS, signIdentity } = require('@best/kit');
const { TEST_IDENTITY_SECRET } = require('@best/kit/testing');

const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = 10;

const INITIATIVES_PAGE = /* GraphQL */ `
  query BenchInitiatives($first: Int!) {
    initiatives(first: $first) {
      totalCount
      nodes {
        id
        title
        city
        summary
        country {
          code
        }
      }
    }
  }
`;

const INITIATIVES_ACROSS_SUBGRAPHS = /* GraphQL */ `
  query BenchInitiativesAcross($first: Int!) {
    initiatives(first: $first) {
      nodes {
        id
        title
        organization {
          id
          name
        }
        nominations {
          id
          status
        }
        stories {
          id
          title
          consent {
            scope
            channels
          }
        }
        workshopOutcomes {
          id
        }
      }
    }
  }
`;

const STORIES_PAGE = /* GraphQL */ `
  query BenchStories($first: Int!) {
    stories(first: $first) {
      totalCount
      nodes {
        id
        title
        storytellerName
        status
        consent {
          scope
          channels
        }
        statusHistory {
          toStatus
        }
        translations {
          language
        }
        localized(language: "fr") {
          title
        }
        media {
          id
          caption
        }
        riskFlags
      }
    }
  }
`;

const PUBLIC_STORIES_PAGE = /* GraphQL */ `
  query BenchPublicStories($first: Int!) {
    publicStories(first: $first, language: "fr") {
      nodes {
        id
        storytellerName
        localized(language: "fr") {
          title
          summary
        }
        media {
          id
          altText
        }
      }
    }
  }
`;

const PUBLICATIONS_PAGE = /* GraphQL */ `
  query BenchPublications($first: Int!) {
    publications(first: $first) {
      totalCount
      nodes {
        id
        channel
        views
        shares
        story {
          id
          title
        }
        campaign {
          id
          name
          reach {
            views
          }
        }
      }
    }
  }
`;

async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(json.errors ?? json)}`);
  return { json, response };
}

async function signIn(gatewayUrl, email) {
  const { response } = await postJson(new URL('/auth/sign-in', gatewayUrl).href, { email, password: DEMO_PASSWORD });
  return response.headers.getSetCookie()[0].split(';')[0];
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Times `send` sequentially and with CONCURRENCY requests in flight; milliseconds and requests per second. */
async function time(send) {
  for (let i = 0; i < 20; i += 1) await send(); // warm-up: JIT, connection pools, query plans
  const latencies = [];
  for (let i = 0; i < SEQUENTIAL; i += 1) {
    const start = performance.now();
    await send();
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SEQUENTIAL) {
        next += 1;
        await send();
      }
    }),
  );
  const concurrentSeconds = (performance.now() - start) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    throughput: SEQUENTIAL / concurrentSeconds,
  };
}

const ms = (n) => `${n.toFixed(2)} ms`;
const pad = (s, n) => String(s).padEnd(n);

async function gatewayOverhead(stack) {
  const variables = { first: 20 };
  const direct = () =>
    postJson(
      stack.subgraphUrls.network,
      { query: INITIATIVES_PAGE, variables },
      signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET),
    );
  const throughGateway = () => postJson(stack.gatewayUrl, { query: INITIATIVES_PAGE, variables });
  const a = await time(direct);
  const b = await time(throughGateway);
  console.log(`\n1. Gateway overhead: initiatives(first: 20), anonymous, ${SEQUENTIAL} requests each`);
  console.log(`   ${pad('', 22)}${pad('p50', 12)}${pad('p95', 12)}req/s (${CONCURRENCY} in flight)`);
  console.log(`   ${pad('network subgraph', 22)}${pad(ms(a.p50), 12)}${pad(ms(a.p95), 12)}${a.throughput.toFixed(0)}`);
  console.log(
    `   ${pad('through the gateway', 22)}${pad(ms(b.p50), 12)}${pad(ms(b.p95), 12)}${b.throughput.toFixed(0)}`,
  );
  console.log(
    `   ratio gateway/subgraph: p50 ×${(b.p50 / a.p50).toFixed(2)}, p95 ×${(b.p95 / a.p95).toFixed(2)}, throughput ×${(b.throughput / a.throughput).toFixed(2)}`,
  );
}

async function statementsPerOperation(stack, counts, cookies) {
  const cases = [
    ['initiatives page, public', INITIATIVES_PAGE, undefined],
    ['initiatives across 4 subgraphs, public', INITIATIVES_ACROSS_SUBGRAPHS, undefined],
    ['initiatives across 4 subgraphs, admin', INITIATIVES_ACROSS_SUBGRAPHS, cookies.admin],
    ['stories page, admin', STORIES_PAGE, cookies.admin],
    ['stories page, coordinator MT', STORIES_PAGE, cookies.coordinator],
    ['public stories in French, public', PUBLIC_STORIES_PAGE, undefined],
    ['publications with story and campaign, admin', PUBLICATIONS_PAGE, cookies.admin],
  ];
  const sizes = [5, 20, 50];
  console.log('\n2. SQL statements per operation (SELECT + writes, per subgraph), by page size');
  console.log(`   ${pad('operation', 48)}${sizes.map((n) => pad(`first: ${n}`, 46)).join('')}`);
  for (const [label, query, cookie] of cases) {
    const cells = [];
    for (const first of sizes) {
      for (const key of Object.keys(counts)) counts[key] = { select: 0, write: 0 };
      await postJson(stack.gatewayUrl, { query, variables: { first } }, cookie ? { cookie } : {});
      const used = Object.entries(counts)
        .filter(([, c]) => c.select + c.write > 0)
        .map(([name, c]) => `${name} ${c.select}${c.write ? `+${c.write}w` : ''}`);
      cells.push(pad(used.join(', '), 46));
    }
    console.log(`   ${pad(label, 48)}${cells.join('')}`);
  }
  console.log('   (the authentication lookup of a signed-in caller is counted in network)');
}

async function main() {
  let pg;
  let pgDir;
  if (process.env.BENCH_DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.BENCH_DATABASE_URL;
  } else {
    pgDir = mkdtempSync(join(tmpdir(), 'best-bench-pg-'));
    const { chmodSync } = await import('node:fs');
    chmodSync(pgDir, 0o755);
    pg = await startEmbeddedPostgres({
      dir: join(pgDir, 'data'),
      port: 20000 + Math.floor(Math.random() * 5000),
      persistent: false,
    });
    process.env.TEST_DATABASE_SERVER_URL = pg.url;
  }
  const counts = { network: {}, awards: {}, stories: {}, advocacy: {} };
  const stack = await startStack({
    onQuery: (subgraph, sql) => {
      const c = counts[subgraph];
      if (!c || c.select === undefined || /^\s*(BEGIN|COMMIT|ROLLBACK|START|SET)/i.test(sql)) return;
      if (/^\s*(SELECT|WITH)/i.test(sql)) c.select += 1;
      else c.write += 1;
    },
  });
  try {
    console.log(`B.E.S.T. benchmark, Node ${process.version}, demo data, ${new Date().toISOString()}`);
    await gatewayOverhead(stack);
    const cookies = {
      admin: await signIn(stack.gatewayUrl, 'admin@best.example'),
      coordinator: await signIn(stack.gatewayUrl, 'coordinator.mt@best.example'),
    };
    await statementsPerOperation(stack, counts, cookies);
  } finally {
    await stack.stop();
    if (pg) await pg.stop();
    if (pgDir) rmSync(pgDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
