import type { LoadersOf, RequestContext } from '@best/kit';
import type { awardsSubgraph } from './subgraph';

export type AwardsLoaders = LoadersOf<typeof awardsSubgraph>;
export type AwardsContext = RequestContext<AwardsLoaders>;
