import { ApolloClient, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createLink, type LinkOptions } from './links';

export function createApolloClient(options: LinkOptions = {}): ApolloClient {
  return new ApolloClient({
    link: createLink(options),
    // A component sees only the fields its own fragment asks for (see components/*).
    dataMasking: true,
    cache: new InMemoryCache({
      typePolicies: {
        // Countries are identified by their ISO code, not an `id`.
        Country: { keyFields: ['code'] },
        Query: {
          fields: {
            // "Load more" appends pages; a different search, filter or sort is a different list.
            initiatives: relayStylePagination([
              'search',
              'countryCode',
              'organizationId',
              'targetGroup',
              'activity',
              'status',
              'listing',
              'sort',
              'near',
              'withinKm',
            ]),
            organizations: relayStylePagination(['search', 'countryCode', 'membershipStage', 'kind']),
            stories: relayStylePagination([
              'search',
              'status',
              'countryCode',
              'initiativeId',
              'theme',
              'kind',
              'language',
            ]),
            publications: relayStylePagination(['storyId', 'campaignId', 'channel', 'countryCode']),
            publicationsToTakeDown: relayStylePagination(['countryCode']),
            campaigns: relayStylePagination(['countryCode']),
            storyTombstones: relayStylePagination(['countryCode']),
          },
        },
      },
    }),
  });
}
