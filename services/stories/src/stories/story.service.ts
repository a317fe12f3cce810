import { badUserInput, isSafeText, paginate, prefixQuery, searchWords, type Connection, isUuid } from '@best/kit';
import { storytellerFieldsGiven, type StorytellerRead } from '../audit/storyteller-reads';
import type { StoriesContext } from '../context';
import { Story } from './story.entity';
import { StoryKind, StoryStatus, StoryTheme, StorytellerRiskFlag, StorytellerRole } from './story.enums';
import { effectiveRiskFlags, isAtRisk } from './story-risk';
import type { StoriesArgs } from './story.args';
import { onlyVisibleStories } from './story.access';

/** Shown wherever a storyteller has no display name, or has not allowed it to be shown. */
export const ANONYMOUS = 'Anonymous';

/** Newest first: by publication, or by creation for stories not published yet. */
const FEED_ORDER = 'coalesce(story.published_at, story.created_at)';

/** What it takes to record a story. Stories are written by staff; there is no mutation for it yet. */
export interface NewStory {
  title: string;
  text: string;
  summary?: string;
  language: string;
  kind: StoryKind;
  /** Chosen by the storyteller; null or absent means anonymous. Never a real name. */
  displayName?: string | null;
  storytellerRole: StorytellerRole;
  isMinor?: boolean;
  /** A minor's story carries MINOR whatever is given here. */
  riskFlags?: StorytellerRiskFlag[];
  themes?: StoryTheme[];
  initiativeId?: string | null;
  countryCode: string;
  /** The organisation recording the story; its members may then read and change it. */
  recordedByOrganizationId?: string | null;
  status?: StoryStatus;
  /** Defaults to now for a story recorded as PUBLISHED. */
  publishedAt?: Date | null;
}

/** What the batch loaders need: the database, and the caller whose rules they apply in SQL. */
type LoaderContext = Pick<StoriesContext, 'dataSource' | 'viewer'>;

export class StoryService {
  constructor(private readonly ctx: StoriesContext) {}

  /**
   * A story the caller may see, or null: an unknown id and a hidden story look the same. `asked`,
   * here and below, names the story fields the caller asked for (`title`, `consent.recordedBy`):
   * what of them is a storyteller's personal data is audited before the story is returned.
   */
  async byId(id: string, asked: readonly string[]): Promise<Story | null> {
    if (!isUuid(id)) throw badUserInput('A story id is a UUID.', [{ field: 'id', message: 'must be a UUID' }]);
    return this.reference(id, asked);
  }

  /** Another subgraph's reference to a story: the story if the caller may see it, otherwise null. */
  async reference(id: string, asked: readonly string[]): Promise<Story | null> {
    const story = await this.ctx.loaders.storyById.load(id);
    if (story) await this.auditReads([story], asked);
    return story;
  }

  async list(args: StoriesArgs, asked: readonly string[]): Promise<Connection<Story>> {
    const query = onlyVisibleStories(
      this.ctx.dataSource.getRepository(Story).createQueryBuilder('story'),
      this.ctx.viewer,
    );
    if (args.countryCode) query.andWhere('story.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.initiativeId) query.andWhere('story.initiative_id = :initiative', { initiative: args.initiativeId });
    if (args.language) query.andWhere('story.language = :language', { language: args.language });
    if (args.kind) query.andWhere('story.kind = :kind', { kind: args.kind });
    if (args.theme) query.andWhere(':theme = ANY(story.themes)', { theme: args.theme });
    if (args.status) query.andWhere('story.status = :status', { status: args.status });
    const words = searchWords(args.search ?? '');
    if (words.length > 0) {
      // Every word, as a word prefix, accent-insensitive, in the original or in one translation.
      query.andWhere(
        `(story.search_vector @@ to_tsquery('simple', :storySearch) OR EXISTS (
          SELECT 1 FROM story_translation searched
          WHERE searched.story_id = story.id AND searched.search_vector @@ to_tsquery('simple', :storySearch)))`,
        { storySearch: prefixQuery(words) },
      );
    }
    const page = await paginate(query, args, {
      column: FEED_ORDER,
      value: (s) => s.publishedAt ?? s.createdAt,
      direction: 'DESC',
    });
    this.remember(page.nodes);
    await this.auditReads(page.nodes, asked);
    return page;
  }

  async forInitiative(initiativeId: string, asked: readonly string[]): Promise<Story[]> {
    const stories = await this.ctx.loaders.storiesByInitiativeId.load(initiativeId);
    this.remember(stories);
    await this.auditReads(stories, asked);
    return stories;
  }

  /**
   * Every path that hands stories to a caller passes here first: the storyteller data they give
   * beyond what the public sees is in the audit log before they leave (audit/storyteller-reads.ts).
   * The reads of one request reach the recorder together and cost one INSERT; public reads, none.
   */
  private async auditReads(stories: readonly Story[], asked: readonly string[]): Promise<void> {
    const reads: StorytellerRead[] = [];
    for (const story of stories) {
      const fields = storytellerFieldsGiven(this.ctx.viewer, story, asked);
      if (fields.length > 0) reads.push({ storyId: story.id, fields, requestId: this.ctx.requestId });
    }
    await Promise.all(reads.map((read) => this.ctx.loaders.storytellerReads.load(read)));
  }

  /**
   * Stories already read under the caller's rules in this request: consent fields look their story
   * up by id (for its country) without another statement.
   */
  private remember(stories: Story[]): void {
    for (const story of stories) this.ctx.loaders.storyById.prime(story.id, story);
  }

  /** The display name only when there is one and the current consent allows showing it. */
  async storytellerName(story: Story): Promise<string> {
    // An at-risk storyteller is never named, whatever the consent says (story-risk.ts).
    if (!story.displayName || isAtRisk(story)) return ANONYMOUS;
    const consent = await this.ctx.loaders.currentConsentByStoryId.load(story.id);
    return consent?.mayShowName ? story.displayName : ANONYMOUS;
  }

  async create(input: NewStory): Promise<Story> {
    const problems = storyProblems(input);
    if (problems.length) throw badUserInput('The story cannot be saved as it is.', problems);
    const status = input.status ?? StoryStatus.DRAFT;
    const repository = this.ctx.dataSource.getRepository(Story);
    const story = repository.create({
      title: input.title.trim(),
      text: input.text.trim(),
      summary: input.summary?.trim() ?? '',
      language: input.language,
      kind: input.kind,
      displayName: input.displayName?.trim() || null,
      storytellerRole: input.storytellerRole,
      isMinor: input.isMinor ?? false,
      riskFlags: effectiveRiskFlags(input.riskFlags ?? [], input.isMinor ?? false),
      themes: input.themes ?? [],
      initiativeId: input.initiativeId ?? null,
      countryCode: input.countryCode.toUpperCase(),
      recordedByOrganizationId: input.recordedByOrganizationId ?? null,
      status,
      publishedAt: input.publishedAt ?? (status === StoryStatus.PUBLISHED ? new Date() : null),
    });
    return repository.save(story);
  }

  static loadVisible(ctx: LoaderContext, ids: readonly string[]): Promise<Story[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0) return Promise.resolve([]);
    return onlyVisibleStories(ctx.dataSource.getRepository(Story).createQueryBuilder('story'), ctx.viewer)
      .andWhere('story.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  static loadVisibleForInitiatives(ctx: LoaderContext, initiativeIds: readonly string[]): Promise<Story[]> {
    const valid = initiativeIds.filter((id) => isUuid(id));
    if (valid.length === 0) return Promise.resolve([]);
    return onlyVisibleStories(ctx.dataSource.getRepository(Story).createQueryBuilder('story'), ctx.viewer)
      .andWhere('story.initiative_id IN (:...ids)', { ids: valid })
      .orderBy(FEED_ORDER, 'DESC')
      .addOrderBy('story.id', 'DESC')
      .getMany();
  }
}

function storyProblems(input: NewStory) {
  const problems: { field: string; message: string }[] = [];
  if (!isSafeText(input.title, 200, 1)) problems.push({ field: 'title', message: 'must be 1 to 200 characters' });
  if (!isSafeText(input.text, 20_000, 1)) problems.push({ field: 'text', message: 'must be 1 to 20000 characters' });
  if (input.summary != null && !isSafeText(input.summary, 600))
    problems.push({ field: 'summary', message: 'must be at most 600 characters' });
  if (!/^[a-z]{2}$/.test(input.language))
    problems.push({ field: 'language', message: 'must be a two-letter ISO 639-1 code' });
  if (input.displayName && !isSafeText(input.displayName, 80, 1))
    problems.push({ field: 'displayName', message: 'must be at most 80 characters' });
  if (!/^[A-Za-z]{2}$/.test(input.countryCode))
    problems.push({ field: 'countryCode', message: 'must be an ISO 3166-1 alpha-2 code' });
  if (input.initiativeId != null && !isUuid(input.initiativeId))
    problems.push({ field: 'initiativeId', message: 'must be a UUID' });
  if (input.recordedByOrganizationId != null && !isUuid(input.recordedByOrganizationId))
    problems.push({ field: 'recordedByOrganizationId', message: 'must be a UUID' });
  return problems;
}
