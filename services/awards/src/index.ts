import 'reflect-metadata';
import { runSubgraph } from '@best/kit';
import { awardsSubgraph } from './subgraph';

export { awardsSubgraph } from './subgraph';
export { buildAwardsSchema } from './schema';
export { seedAwardsDemo } from './seed/demo-seed';

runSubgraph(module, awardsSubgraph);
