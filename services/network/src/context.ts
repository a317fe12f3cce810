import type { RequestContext } from '@best/kit';
import type { NetworkLoaders } from './loaders';

export type NetworkContext = RequestContext<NetworkLoaders>;
