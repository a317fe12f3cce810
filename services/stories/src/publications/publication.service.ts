import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  badUserInput,
  canReadNetwork,
  conflict,
  forbidden,
  hasScope,
  isNetworkMember,
  isUuid,
  notFound,
  paginate,
  recordAudit,
  Role,
  Scope,
  unauthenticated,
  type Connection,
} from '@best/kit';
import { Campaign } from '../campaigns/campaign.entity';
import { Consent } from '../consents/consent.entity';
import { ConsentChannel } from '../consents/consent.enums';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { StoryStatus } from '../stories/story.enums';
import { StoryService } from '../stories/story.service';
import { mayChangeStory } from '../stories/story.access';
import type { PublicationReachArgs, PublicationsArgs, PublicationsToTakeDownArgs } from './publication.args';
import { Publication } from './publication.entity';
import type {
  MarkPublicationTakenDownInput,
  RecordPublicationInput,
  UpdatePublicationReachInput,
} from './publication.input';
import { CHANNEL_NAMES, consentCovers, stillCoveredSql } from './publication.rules';
import type { Reach, ReachTotal } from './reach.type';

/** A publication dated a little ahead (clocks differ) is accepted; further ahead it is a mistake. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const NEWEST_FIRST = { column: 'publication.published_at', value: (p: Publication) => p.publishedAt } as const;

export const emptyConnection = <T>(): Connection<T> => ({
  edges: [],
  nodes: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

type LoaderContext = Pick<StoriesContext, 'dataSource' | 'viewer'>;

/** The reach of one campaign's publications, as the batch loader returns it. */
export interface CampaignReach extends Reach {
  campaignId: string;
}

/**
 * Publications of stories on channels, their reach and their takedown. The network reads them
 * (a publication is a public fact); their `story` goes through the read rule of stories. Who may
 * change a story records and changes its publications (see docs/access-rules.md).
 */
export class PublicationService {
  constructor(private readonly ctx: StoriesContext) {}

  async list(args: PublicationsArgs): Promise<Connection<Publication>> {
    if (!canReadNetwork(this.ctx.viewer)) return emptyConnection();
    const query = this.repository().createQueryBuilder('publication');
    if (args.storyId) query.andWhere('publication.story_id = :storyId', { storyId: args.storyId });
    if (args.campaignId) query.andWhere('publication.campaign_id = :campaignId', { campaignId: args.campaignId });
    if (args.channel) query.andWhere('publication.channel = :channel', { channel: args.channel });
    if (args.countryCode) {
      query.andWhere('publication.country_code = :country', { country: args.countryCode.toUpperCase() });
    }
    return paginate(query, args, { ...NEWEST_FIRST, direction: 'DESC' });
  }

  /**
   * Publications still online whose story may no longer be there: withdrawn, its consent withdrawn,
   * expired or no longer covering the channel, or the story erased. Shown to the people who have to
   * take them down: admins, the coordinator of the story's country, the organisation that recorded it.
   */
  async toTakeDown(args: PublicationsToTakeDownArgs): Promise<Connection<Publication>> {
    const query = this.takedownQuery();
    if (!query) return emptyConnection();
    if (args.countryCode) {
      query.andWhere('publication.country_code = :country', { country: args.countryCode.toUpperCase() });
    }
    return paginate(query, args, { ...NEWEST_FIRST, direction: 'DESC' });
  }

  /** The publications of one story to take down now (after its consent was withdrawn). */
  async toTakeDownForStory(storyId: string): Promise<Publication[]> {
    const query = this.takedownQuery();
    if (!query || !isUuid(storyId)) return [];
    return query
      .andWhere('publication.story_id = :storyId', { storyId })
      .orderBy('publication.published_at', 'DESC')
      .addOrderBy('publication.id', 'DESC')
      .getMany();
  }

  private takedownQuery(): SelectQueryBuilder<Publication> | null {
    const { viewer } = this.ctx;
    if (!canReadNetwork(viewer)) return null;
    const query = this.repository()
      .createQueryBuilder('publication')
      .where('publication.taken_down_at IS NULL')
      .andWhere(`NOT ${stillCoveredSql('publication')}`);
    if (viewer.role === Role.ADMIN) return query;
    if (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode) {
      return query.andWhere('publication.country_code = :readerCountry', { readerCountry: viewer.countryCode });
    }
    if (viewer.role === Role.ORGANIZATION_MEMBER && viewer.organizationId && isUuid(viewer.organizationId)) {
      return query.andWhere('publication.recorded_by_organization_id = :readerOrganization', {
        readerOrganization: viewer.organizationId,
      });
    }
    return null;
  }

  /** Publications, views and shares per country and channel, summed by PostgreSQL. */
  async reachTotals(args: PublicationReachArgs): Promise<ReachTotal[]> {
    if (!canReadNetwork(this.ctx.viewer)) return [];
    if (args.since && args.until && args.since >= args.until) {
      throw badUserInput('`since` must be before `until`.', [{ field: 'until', message: 'must be after since' }]);
    }
    const query = this.repository()
      .createQueryBuilder('publication')
      .select('publication.country_code', 'countryCode')
      .addSelect('publication.channel', 'channel')
      .addSelect('count(*)', 'publications')
      .addSelect('coalesce(sum(publication.views), 0)', 'views')
      .addSelect('coalesce(sum(publication.shares), 0)', 'shares')
      .groupBy('publication.country_code')
      .addGroupBy('publication.channel')
      .orderBy('publication.country_code')
      .addOrderBy('publication.channel');
    if (args.countryCode) {
      query.andWhere('publication.country_code = :country', { country: args.countryCode.toUpperCase() });
    }
    if (args.channel) query.andWhere('publication.channel = :channel', { channel: args.channel });
    if (args.since) query.andWhere('publication.published_at >= :since', { since: args.since });
    if (args.until) query.andWhere('publication.published_at < :until', { until: args.until });
    const rows = await query.getRawMany<Record<string, string>>();
    return rows.map((row) => ({
      countryCode: row.countryCode,
      channel: row.channel as ConsentChannel,
      publications: Number(row.publications),
      views: Number(row.views),
      shares: Number(row.shares),
    }));
  }

  /** The publication's story under the caller's read rule: null when hidden from them or erased. */
  story(publication: Publication, asked: readonly string[]): Promise<Story | null> {
    return new StoryService(this.ctx).reference(publication.storyId, asked);
  }

  async campaign(publication: Publication): Promise<Campaign | null> {
    return publication.campaignId ? this.ctx.loaders.campaignById.load(publication.campaignId) : null;
  }

  /**
   * Records that a story appeared on a channel. Refused with CONFLICT unless the story is PUBLISHED
   * and its current consent — neither withdrawn nor expired — names the channel: nothing is
   * published on a channel its consent does not cover.
   */
  async record(input: RecordPublicationInput): Promise<Publication> {
    this.assertMayWrite('record a publication');
    const publishedAt = input.publishedAt ?? new Date();
    if (publishedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw badUserInput('A publication cannot be dated in the future.', [
        { field: 'publishedAt', message: 'must not be in the future' },
      ]);
    }
    return this.ctx.dataSource.transaction(async (tx) => {
      // FOR SHARE: a withdrawal (which locks the story FOR UPDATE) waits for this check, or it waits for it.
      const story = await tx
        .getRepository(Story)
        .findOne({ where: { id: input.storyId }, lock: { mode: 'pessimistic_read' } });
      await this.assertMayChange(story, input.storyId);
      const known = story as Story;
      const channel = CHANNEL_NAMES[input.channel];
      if (known.status !== StoryStatus.PUBLISHED) {
        throw conflict(
          `The story is ${known.status.toLowerCase().replace('_', ' ')}, not published: it cannot be recorded as published on ${channel}.`,
        );
      }
      const consent = await tx.getRepository(Consent).findOneBy({ storyId: known.id, supersededAt: IsNull() });
      if (!consent || !consentCovers(consent, input.channel)) {
        throw conflict(notCoveredMessage(consent, input.channel));
      }
      const campaignId = input.campaignId ?? null;
      if (campaignId) await assertCampaignFits(tx, campaignId, known.countryCode);
      const publications = tx.getRepository(Publication);
      const saved = await publications.save(
        publications.create({
          storyId: known.id,
          countryCode: known.countryCode,
          recordedByOrganizationId: known.recordedByOrganizationId,
          channel: input.channel,
          url: input.url?.trim() || null,
          publishedAt,
          views: input.views ?? 0,
          shares: input.shares ?? 0,
          campaignId,
          recordedBy: this.ctx.viewer.displayName ?? 'B.E.S.T. platform',
        }),
      );
      await recordAudit(
        this.ctx,
        {
          action: 'PUBLICATION_RECORDED',
          subjectType: 'Publication',
          subjectId: saved.id,
          details: { storyId: known.id, channel: input.channel },
        },
        tx,
      );
      return saved;
    });
  }

  /** New reach figures, on the version the caller read (CONFLICT with both versions when stale). */
  async updateReach(input: UpdatePublicationReachInput): Promise<Publication> {
    return this.changeOne(input.publicationId, 'update the reach of a publication', (publication) => {
      if (publication.version !== input.expectedVersion) {
        const error = conflict(
          `Someone else changed this publication after you read it (you had version ${input.expectedVersion}; ` +
            `it is now at version ${publication.version}). Reload it and enter the figures again.`,
        );
        Object.assign(error.extensions, {
          currentVersion: publication.version,
          expectedVersion: input.expectedVersion,
        });
        throw error;
      }
      publication.views = input.views;
      publication.shares = input.shares;
      return true;
    });
  }

  /** Marks a publication as taken down; marking it again keeps the first date and note. */
  async markTakenDown(input: MarkPublicationTakenDownInput): Promise<Publication> {
    return this.changeOne(
      input.publicationId,
      'mark a publication as taken down',
      (publication) => {
        if (publication.takenDownAt) return false;
        publication.takenDownAt = new Date();
        publication.takedownNote = input.note?.trim() || null;
        return true;
      },
      'PUBLICATION_TAKEN_DOWN',
    );
  }

  private async changeOne(
    id: string,
    action: string,
    change: (publication: Publication) => boolean,
    /** Audit action written when the change is made; none for reach figures, which name nobody. */
    audit?: string,
  ): Promise<Publication> {
    this.assertMayWrite(action);
    return this.ctx.dataSource.transaction(async (tx) => {
      const publications = tx.getRepository(Publication);
      const publication = await publications.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!publication || !canReadNetwork(this.ctx.viewer)) throw notFound('Publication', id);
      if (!mayChangeStory(this.ctx.viewer, publication)) {
        throw forbidden(
          "Only admins, the coordinator of the story's country and the organisation that recorded the story change its publications.",
        );
      }
      if (!change(publication)) return publication;
      const saved = await publications.save(publication);
      if (audit) {
        await recordAudit(
          this.ctx,
          {
            action: audit,
            subjectType: 'Publication',
            subjectId: saved.id,
            details: { storyId: saved.storyId, channel: saved.channel },
          },
          tx,
        );
      }
      return saved;
    });
  }

  private assertMayWrite(action: string): void {
    const { viewer } = this.ctx;
    if (!isNetworkMember(viewer)) throw unauthenticated(`Sign in to ${action}.`);
    if (!hasScope(viewer, Scope.WRITE)) {
      throw forbidden(`This API token has no WRITE scope: it cannot ${action}.`);
    }
  }

  /** Someone who may not change the story learns nothing more than the read rule already tells them. */
  private async assertMayChange(story: Story | null, storyId: string): Promise<void> {
    if (story && mayChangeStory(this.ctx.viewer, story)) return;
    const [visible] = story ? await StoryService.loadVisible(this.ctx, [storyId]) : [];
    if (!visible) throw notFound('Story', storyId);
    throw forbidden(
      "Only admins, the coordinator of the story's country and the organisation that recorded it record its publications.",
    );
  }

  private repository() {
    return this.ctx.dataSource.getRepository(Publication);
  }

  /** One statement for the reach of every campaign asked in a request. */
  static async reachForCampaigns(ctx: LoaderContext, campaignIds: readonly string[]): Promise<CampaignReach[]> {
    const valid = campaignIds.filter((id) => isUuid(id));
    if (valid.length === 0 || !canReadNetwork(ctx.viewer)) return [];
    const rows = await ctx.dataSource
      .getRepository(Publication)
      .createQueryBuilder('publication')
      .select('publication.campaign_id', 'campaignId')
      .addSelect('count(*)', 'publications')
      .addSelect('coalesce(sum(publication.views), 0)', 'views')
      .addSelect('coalesce(sum(publication.shares), 0)', 'shares')
      .where('publication.campaign_id IN (:...ids)', { ids: valid })
      .groupBy('publication.campaign_id')
      .getRawMany<Record<string, string>>();
    return rows.map((row) => ({
      campaignId: row.campaignId,
      publications: Number(row.publications),
      views: Number(row.views),
      shares: Number(row.shares),
    }));
  }

  static loadCampaigns(ctx: LoaderContext, ids: readonly string[]): Promise<Campaign[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0 || !canReadNetwork(ctx.viewer)) return Promise.resolve([]);
    return ctx.dataSource.getRepository(Campaign).findBy({ id: In(valid) });
  }
}

/** Why a consent does not let a story appear on `channel`, in words staff can act on. */
function notCoveredMessage(consent: Consent | null, channel: ConsentChannel): string {
  const where = CHANNEL_NAMES[channel];
  if (!consent) return `No consent is recorded for this story: it cannot be published on ${where}.`;
  if (consent.withdrawnAt) return `The storyteller withdrew their consent: the story cannot be published on ${where}.`;
  if (consent.expiresAt && consent.expiresAt <= new Date()) {
    return `The consent expired on ${consent.expiresAt.toISOString().slice(0, 10)}: the story cannot be published on ${where}.`;
  }
  const covered = consent.channels.map((c) => CHANNEL_NAMES[c]).join(', ');
  return `The consent does not cover ${where}${covered ? ` (it covers ${covered})` : ''}: record a new consent first.`;
}

async function assertCampaignFits(tx: EntityManager, campaignId: string, countryCode: string): Promise<void> {
  const campaign = await tx.getRepository(Campaign).findOneBy({ id: campaignId });
  if (!campaign) throw notFound('Campaign', campaignId);
  if (campaign.countryCode && campaign.countryCode !== countryCode) {
    throw badUserInput(`The campaign runs in ${campaign.countryCode}; the story is from ${countryCode}.`, [
      { field: 'campaignId', message: "must be a campaign of the story's country or a European one" },
    ]);
  }
}
