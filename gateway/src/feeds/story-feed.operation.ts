/** How many of the newest public stories a feed carries. */
export const FEED_SIZE = 50;

/**
 * The operation every feed runs through the gateway's normal pipeline as the public: the subgraph's
 * `publicStories` applies the read rule (published, current PUBLIC consent) on every request, and the
 * text comes in the requested language when a translation exists.
 */
export const STORY_FEED_OPERATION = /* GraphQL */ `
  query StoryFeed($countryCode: ID, $language: String, $localizedIn: String!, $translate: Boolean!, $first: Int!) {
    publicStories(countryCode: $countryCode, language: $language, first: $first) {
      nodes {
        id
        publishedAt
        storytellerName
        themes
        title
        summary
        text
        language
        localized(language: $localizedIn) @include(if: $translate) {
          language
          title
          summary
          text
        }
      }
    }
  }
`;

export interface FeedStoryText {
  language: string;
  title: string;
  summary: string;
  text: string;
}

export interface FeedStory extends FeedStoryText {
  id: string;
  publishedAt: string | null;
  storytellerName: string;
  themes: string[];
  localized?: FeedStoryText | null;
}

export interface StoryFeedData {
  publicStories: { nodes: FeedStory[] };
}
