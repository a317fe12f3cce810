export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

/** POSTs an operation over real HTTP, as a gateway or client would. */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** Fails with the operation and the whole body, so a broken test says what went wrong. */
export function expectNoGraphQLErrors<T>(body: GraphQLResponse<T>, query = ''): T {
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors for operation:\n${query}\n\nBody:\n${JSON.stringify(body, null, 2)}`);
  }
  return body.data;
}
