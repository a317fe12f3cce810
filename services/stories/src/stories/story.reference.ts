import type { StoriesContext } from '../context';
import type { Story } from './story.entity';

/** Another subgraph's reference to a story the caller may not see resolves to null. */
export const resolveStoryReference = (reference: Pick<Story, 'id'>, ctx: StoriesContext) =>
  ctx.loaders.storyById.load(reference.id);
