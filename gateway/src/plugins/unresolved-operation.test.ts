import { ApolloServer } from '@apollo/server';
import { refuseUnresolvedOperations } from './unresolved-operation';

async function run(query: string, operationName?: string) {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'hi' } },
    plugins: [refuseUnresolvedOperations()],
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  } finally {
    await server.stop();
  }
}

describe('refuseUnresolvedOperations', () => {
  it('runs the operation a known operationName names', async () => {
    const result = await run('query A { hello } query B { hello }', 'B');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ hello: 'hi' });
  });

  it('refuses an operationName the document does not hold with BAD_REQUEST and HTTP 400', async () => {
    const result = await run('query A { hello }', 'Missing');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0].message).toBe('The document has no operation named "Missing".');
  });

  it('refuses several operations without an operationName with BAD_REQUEST and HTTP 400', async () => {
    const result = await run('query A { hello } query B { hello }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0].message).toMatch(/several operations/);
  });

  it('runs a single operation without an operationName', async () => {
    const result = await run('{ hello }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ hello: 'hi' });
  });

  it('does not echo a huge operationName back whole', async () => {
    const result = await run('query A { hello }', 'x'.repeat(10_000));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0].message.length).toBeLessThan(200);
  });
});
