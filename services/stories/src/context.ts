import type { LoadersOf, RequestContext } from '@best/kit';
import type { storiesSubgraph } from './subgraph';

/** What a stories resolver and service receive: the kit's request context with this subgraph's loaders. */
export type StoriesContext = RequestContext<LoadersOf<typeof storiesSubgraph>>;
