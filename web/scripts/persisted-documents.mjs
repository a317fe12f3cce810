#!/usr/bin/env node
// Writes the web client's trusted-document manifest (`npm run persisted-documents`), or with `--check`
// fails when the committed one differs from what the current sources give (the build runs the check).
// The manifest lists every operation the client can send, with the id (SHA-256 of the body that
// Apollo Client sends) the production client sends instead of the document; the gateway accepts
// those ids and, under TRUSTED_DOCUMENTS=enforce, only those documents from the public and staff.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = join(web, 'persisted-query-manifest.config.json');
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const output = join(web, config.output);

// The generator resolves the document globs against the working directory.
process.chdir(web);
const manifest = await generatePersistedQueryManifest(config, configPath);
const text = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(output, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== text) {
    console.error(
      `${config.output} is stale: run \`npm run persisted-documents -w @best/web\` (or \`npm run schema\`) and commit it.`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(output, text);
  console.log(`${config.output}: ${manifest.operations.length} operations`);
}
