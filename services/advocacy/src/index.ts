import 'reflect-metadata';
import { runSubgraph } from '@best/kit';
import { advocacySubgraph } from './subgraph';

export { advocacySubgraph } from './subgraph';
export { buildAdvocacySchema } from './schema';
export { seedAdvocacyDemo } from './seed/demo-seed';

runSubgraph(module, advocacySubgraph);
