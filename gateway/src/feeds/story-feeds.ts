import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { ANONYMOUS, ErrorCode } from '@best/kit';
import { requestIdOf } from '../auth/request-id';
import { rateLimit, type RateLimitOptions } from '../http/rate-limit';
import { sendRefusal } from '../http/refusal';
import type { GatewayContext } from '../server';
import { readFeedParams } from './feed-params';
import { DEFAULT_PUBLIC_WEB_URL } from './public-web-url';
import { renderStoryFeed, type FeedFormat } from './render-story-feed';
import { FEED_SIZE, STORY_FEED_OPERATION, type StoryFeedData } from './story-feed.operation';

export { DEFAULT_PUBLIC_WEB_URL };

export interface StoryFeedsOptions {
  /** The gateway's Apollo Server: feeds run their operation through its normal pipeline. */
  apollo: ApolloServer<GatewayContext>;
  /** Base URL of the public web client, for item links (PUBLIC_WEB_URL). */
  publicWebUrl?: string;
  /** The gateway's rate limits; feeds count against their own `feeds` counters. */
  rateLimits?: Partial<RateLimitOptions>;
  logger: Logger;
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/**
 * GET /stories.rss and /stories.atom (`?language=fr&country=MT`): the newest public stories as a
 * feed. Each request runs `publicStories` as the public through Apollo Server (limits, error
 * masking and the subgraph's read rule all apply) and is never cached (`Cache-Control: no-store`),
 * so a story whose consent is withdrawn is gone from the very next fetch. Open to every origin:
 * the feed is public and carries no credentials.
 */
export function storyFeeds(options: StoryFeedsOptions): Router {
  const publicWebUrl = options.publicWebUrl ?? DEFAULT_PUBLIC_WEB_URL;
  const router = Router();
  router.use(
    cors({ origin: '*', methods: ['GET', 'HEAD'] }),
    rateLimit({
      ...options.rateLimits,
      scope: 'feeds',
      onStoreError: (err) => options.logger.warn({ err }, 'rate limit store failed'),
    }),
  );
  const serve = (format: FeedFormat) => async (req: Request, res: Response) => {
    res.set('cache-control', 'no-store');
    const read = readFeedParams(req.query);
    if (!read.ok) return sendRefusal(res, 400, ErrorCode.BAD_USER_INPUT, read.message);
    const { params } = read;
    const requestId = requestIdOf(req);
    const response = await options.apollo.executeOperation(
      {
        query: STORY_FEED_OPERATION,
        operationName: 'StoryFeed',
        variables: {
          countryCode: params.countryCode,
          language: params.language,
          localizedIn: params.language ?? 'en',
          translate: params.language !== null,
          first: FEED_SIZE,
        },
      },
      { contextValue: { requestId, viewer: ANONYMOUS } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const data = result?.data as StoryFeedData | null | undefined;
    // Partial data would be a feed with holes nobody notices: any error fails the whole feed.
    if (!result || result.errors?.length || !data) {
      options.logger.error({ requestId, errors: result?.errors }, 'story feed operation failed');
      return sendRefusal(
        res,
        502,
        ErrorCode.INTERNAL_SERVER_ERROR,
        'The stories could not be loaded. Try again later.',
      );
    }
    res
      .status(200)
      .set({ 'content-type': CONTENT_TYPES[format], 'x-content-type-options': 'nosniff' })
      .send(renderStoryFeed(data.publicStories.nodes, { publicWebUrl, params, format }));
  };
  router.get('/stories.rss', serve('rss'));
  router.get('/stories.atom', serve('atom'));
  return router;
}
