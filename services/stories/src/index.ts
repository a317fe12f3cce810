import 'reflect-metadata';
import { runSubgraph } from '@best/kit';
import { storiesSubgraph } from './subgraph';

export { storiesSubgraph };
export { buildStoriesSchema } from './schema';
export { seedStoriesDemo } from './seed/demo-seed';

runSubgraph(module, storiesSubgraph);
