import type { ApolloCache } from '@apollo/client';

/** Drops the cached `guidelines` lists after a change that adds a version or publishes one: they ask again. */
export function dropGuidelineLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'guidelines' });
  cache.gc();
}
