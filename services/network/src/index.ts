import 'reflect-metadata';
import { runSubgraph } from '@best/kit';
import { networkSubgraph } from './subgraph';

export { networkSubgraph };
export { buildNetworkSchema } from './schema';
export { seedNetworkDemo } from './seed/demo-seed';

runSubgraph(module, networkSubgraph);
