import { ANONYMOUS as THE_PUBLIC, paginate, type Connection } from '@best/kit';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryService } from '../stories/story.service';
import { onlyVisibleStories } from '../stories/story.access';
import type { PublicStoriesArgs } from './public-stories.args';

/**
 * What the public sees of stories, whoever asks: the read rule applied as for an anonymous caller,
 * so only PUBLISHED stories with a current PUBLIC consent, decided by PostgreSQL on every request
 * (a withdrawal or an expiry takes a story out of the very next answer). Feeds and public pages use it.
 */
export class PublicStoriesService {
  constructor(private readonly ctx: StoriesContext) {}

  async list(args: PublicStoriesArgs, asked: readonly string[]): Promise<Connection<Story>> {
    const query = onlyVisibleStories(this.ctx.dataSource.getRepository(Story).createQueryBuilder('story'), THE_PUBLIC);
    if (args.countryCode) query.andWhere('story.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.kind) query.andWhere('story.kind = :kind', { kind: args.kind });
    if (args.theme) query.andWhere(':theme = ANY(story.themes)', { theme: args.theme });
    // The same expression as the story_feed index; every public story has a publication date.
    const page = await paginate(query, args, {
      column: 'coalesce(story.published_at, story.created_at)',
      value: (s) => s.publishedAt ?? s.createdAt,
      direction: 'DESC',
    });
    // Handed out through the story service, so that a staff caller who asks the consent details of
    // these stories gets its audit line like anywhere else (the public gives nothing to audit). The
    // stories are visible to every caller, so priming the caller's loader shows nothing new.
    const stories = new StoryService(this.ctx);
    for (const story of page.nodes) this.ctx.loaders.storyById.prime(story.id, story);
    await Promise.all(page.nodes.map((story) => stories.reference(story.id, asked)));
    return page;
  }
}
