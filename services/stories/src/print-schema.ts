import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStoriesSchema } from './schema';

// Run after the build: the printed SDL is committed and composed into the supergraph.
buildStoriesSchema().then(({ sdl }) => writeFileSync(join(__dirname, '..', 'schema.graphql'), sdl));
