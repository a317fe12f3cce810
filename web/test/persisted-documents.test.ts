import { gql } from '@apollo/client';
import manifest from '../src/__generated__/persisted-query-manifest.json';
import { createApolloClient } from '../src/apollo/client';
import { errorCodeOf } from '../src/apollo/errors';

// What the client puts on the wire: in production the id of a registered document, never the document.

let fetchMock: jest.SpiedFunction<typeof fetch>;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch');
  fetchMock.mockImplementation(
    async () =>
      new Response(JSON.stringify({ data: { me: null } }), { headers: { 'content-type': 'application/json' } }),
  );
});
afterEach(() => fetchMock.mockRestore());

const VIEWER_QUERY = gql`
  query ViewerQuery {
    me {
      id
    }
  }
`;
const sentBody = () => JSON.parse(String(fetchMock.mock.calls[0][1]?.body)) as Record<string, any>;

describe('the documents the web client sends', () => {
  it("sends only the manifest's id of a registered operation when persisted documents are on", async () => {
    const client = createApolloClient({ persistedDocuments: true });
    await client.query({ query: VIEWER_QUERY });
    const id = manifest.operations.find((o) => o.name === 'ViewerQuery')!.id;
    const body = sentBody();
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery).toEqual({ version: 1, sha256Hash: id });
  });

  it('shows an id the gateway does not know as PERSISTED_QUERY_NOT_FOUND, without sending the document after it', async () => {
    fetchMock.mockImplementation(
      async () =>
        new Response(
          JSON.stringify({
            errors: [{ message: 'No registered document', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    );
    const client = createApolloClient({ persistedDocuments: true });
    const { error } = await client
      .query({ query: VIEWER_QUERY, errorPolicy: 'all' })
      .catch((e: unknown) => ({ error: e }));
    expect(errorCodeOf(error)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentBody().query).toBeUndefined();
  });

  it('sends the whole document otherwise (the dev server)', async () => {
    const client = createApolloClient();
    await client.query({ query: VIEWER_QUERY });
    const body = sentBody();
    expect(body.query).toMatch(/query ViewerQuery/);
    expect(body.extensions?.persistedQuery).toBeUndefined();
  });
});
