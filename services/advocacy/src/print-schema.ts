import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAdvocacySchema } from './schema';

// Run after the build: the printed SDL is committed and composed into the supergraph.
buildAdvocacySchema().then(({ sdl }) => writeFileSync(join(__dirname, '..', 'schema.graphql'), sdl));
