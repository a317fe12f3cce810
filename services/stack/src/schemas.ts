import { readFileSync } from 'node:fs';
import { SUBGRAPHS, type Composed, type SubgraphName } from '@best/gateway';
import { SUBGRAPH_PACKAGES } from './subgraphs';

// The committed schema artefacts and fresh prints of the code, side by side: `npm run schema` writes
// the fresh ones over the committed ones, and the contract tests fail while the two differ.

/** What to do when a committed schema differs from the code; every contract failure says it. */
export const REGENERATE = 'Run `npm run schema` and commit the files it changes.';

export type SubgraphSdls = Record<SubgraphName, string>;

/** Each subgraph's schema printed from its code as it is now. */
export async function printSubgraphSdls(): Promise<SubgraphSdls> {
  const sdls = {} as SubgraphSdls;
  for (const name of SUBGRAPHS) sdls[name] = (await SUBGRAPH_PACKAGES[name].buildSchema()).sdl;
  return sdls;
}

/** Each subgraph's committed `schema.graphql`. */
export function readCommittedSubgraphSdls(): SubgraphSdls {
  return Object.fromEntries(
    SUBGRAPHS.map((name) => [name, readFileSync(SUBGRAPH_PACKAGES[name].schemaFile(), 'utf8')]),
  ) as SubgraphSdls;
}

/** The gateway's committed files: the supergraph it serves and the API schema codegen reads. */
export const gatewaySchemaFiles = () => ({
  supergraph: require.resolve('@best/gateway/supergraph.graphql'),
  api: require.resolve('@best/gateway/schema.graphql'),
});

export function readCommittedComposition(): Composed {
  const files = gatewaySchemaFiles();
  return { supergraphSdl: readFileSync(files.supergraph, 'utf8'), apiSchemaSdl: readFileSync(files.api, 'utf8') };
}
