import type { Viewer } from '@best/kit';
import type { TestSubgraph } from '@best/kit/testing';
import type { Story } from '../src/stories/story.entity';

const WHERE_SEEN = `query WhereSeen($id: ID!, $initiativeId: ID!, $r: [_Any!]!) {
  story(id: $id) { id }
  stories(initiativeId: $initiativeId) { totalCount nodes { id } }
  _entities(representations: $r) { ... on Initiative { stories { id } } ... on Story { id } }
}`;

export interface Seen {
  story: boolean;
  stories: boolean;
  initiativeStories: boolean;
  reference: boolean;
}
export const EVERYWHERE: Seen = { story: true, stories: true, initiativeStories: true, reference: true };
export const NOWHERE: Seen = { story: false, stories: false, initiativeStories: false, reference: false };

/** Asks every way this subgraph has to show a story, in one request, as `viewer`. */
export async function whereSeen(subgraph: TestSubgraph, story: Story, viewer?: Viewer): Promise<Seen> {
  const r = [
    { __typename: 'Initiative', id: story.initiativeId },
    { __typename: 'Story', id: story.id },
  ];
  const variables = { id: story.id, initiativeId: story.initiativeId, r };
  const data = await subgraph.ok(WHERE_SEEN, variables, viewer);
  return {
    story: data.story?.id === story.id,
    stories: data.stories.nodes.some((n: { id: string }) => n.id === story.id),
    initiativeStories: data._entities[0].stories.some((s: { id: string }) => s.id === story.id),
    reference: data._entities[1]?.id === story.id,
  };
}
