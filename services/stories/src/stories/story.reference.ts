import type { GraphQLResolveInfo } from 'graphql';
import type { StoriesContext } from '../context';
import type { Story } from './story.entity';
import { askedStoryFields } from './story.selection';
import { StoryService } from './story.service';

/** Another subgraph's reference to a story the caller may not see resolves to null. */
export const resolveStoryReference = (reference: Pick<Story, 'id'>, ctx: StoriesContext, info: GraphQLResolveInfo) =>
  new StoryService(ctx).reference(reference.id, askedStoryFields(info));
