import type { LoadersOf, RequestContext } from '@best/kit';
import type { advocacySubgraph } from './subgraph';

export type AdvocacyLoaders = LoadersOf<typeof advocacySubgraph>;
export type AdvocacyContext = RequestContext<AdvocacyLoaders>;
