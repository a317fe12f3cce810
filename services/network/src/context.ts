import type { LoadersOf, RequestContext } from '@best/kit';
import type { networkSubgraph } from './subgraph';

export type NetworkContext = RequestContext<LoadersOf<typeof networkSubgraph>>;
