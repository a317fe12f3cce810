import type { RequestContext } from '@best/kit';
import type { NetworkLoaders } from './subgraph';

export type NetworkContext = RequestContext<NetworkLoaders>;
