export default async function globalTeardown() {
  await globalThis.__BEST_TEST_PG__?.stop();
}
