import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from './supergraph';

// Build step: a composition error fails the build. Both files are committed, so every schema
// change shows up in review, and a test checks they match a fresh composition.
try {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
  const root = join(__dirname, '..');
  writeFileSync(join(root, 'supergraph.graphql'), supergraphSdl);
  writeFileSync(join(root, 'schema.graphql'), apiSchemaSdl);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
