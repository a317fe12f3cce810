import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUBGRAPHS } from '@best/gateway';
import { SUBGRAPH_PACKAGES } from './subgraphs';
import { gatewaySchemaFiles, printSubgraphSdls } from './schemas';

// `npm run schema` (after this, the root script runs the web's codegen): prints each subgraph's
// schema from its code, composes them, and writes the committed files. Builds never write them, so
// the contract tests compare the code with what is committed, and a forgotten run fails CI.
async function main() {
  const sdls = await printSubgraphSdls();
  for (const name of SUBGRAPHS) writeFileSync(SUBGRAPH_PACKAGES[name].schemaFile(), sdls[name]);
  // A composition error stops here, before the gateway's files change.
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph(sdls);
  const files = gatewaySchemaFiles();
  writeFileSync(files.supergraph, supergraphSdl);
  writeFileSync(files.api, apiSchemaSdl);
  console.log(
    `schema: wrote ${SUBGRAPHS.map((n) => `${n}/schema.graphql`).join(', ')}, gateway/supergraph.graphql, gateway/schema.graphql`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
