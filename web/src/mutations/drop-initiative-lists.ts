import type { ApolloCache } from '@apollo/client';

/**
 * Drops the cached `initiatives` lists after a change that adds an initiative to the default (LISTED)
 * list or takes one out of it (create, archive, restore): the lists on screen ask again.
 */
export function dropInitiativeLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
  cache.gc();
}
