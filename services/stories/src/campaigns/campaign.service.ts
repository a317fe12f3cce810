import {
  badUserInput,
  canReadNetwork,
  conflict,
  forbidden,
  hasScope,
  isNetworkMember,
  notFound,
  paginate,
  Scope,
  unauthenticated,
  type Connection,
  type ConnectionArgs,
  type FieldProblem,
  isUuid,
  isIsoDate,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { emptyConnection, PublicationService } from '../publications/publication.service';
import type { Publication } from '../publications/publication.entity';
import { mayManageCampaign } from './campaign.access';
import type { Reach } from '../publications/reach.type';
import { Campaign } from './campaign.entity';
import type { CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaign.input';

const NO_REACH: Reach = { publications: 0, views: 0, shares: 0 };

/** Campaigns: the network reads them; admins and the coordinator of their country make and change them. */
export class CampaignService {
  constructor(private readonly ctx: StoriesContext) {}

  async list(args: CampaignsArgs): Promise<Connection<Campaign>> {
    if (!canReadNetwork(this.ctx.viewer)) return emptyConnection();
    const query = this.ctx.dataSource.getRepository(Campaign).createQueryBuilder('campaign');
    if (args.countryCode) {
      query.andWhere('campaign.country_code = :country', { country: args.countryCode.toUpperCase() });
    }
    return paginate(query, args, { column: 'campaign.starts_on', value: (c) => c.startsOn, direction: 'DESC' });
  }

  async byId(id: string): Promise<Campaign | null> {
    if (!isUuid(id)) throw badUserInput('A campaign id is a UUID.', [{ field: 'id', message: 'must be a UUID' }]);
    return this.ctx.loaders.campaignById.load(id);
  }

  async reach(campaign: Campaign): Promise<Reach> {
    return (await this.ctx.loaders.campaignReachById.load(campaign.id)) ?? NO_REACH;
  }

  publications(campaign: Campaign, args: ConnectionArgs): Promise<Connection<Publication>> {
    return new PublicationService(this.ctx).list({ ...args, campaignId: campaign.id });
  }

  async create(input: CreateCampaignInput): Promise<Campaign> {
    const countryCode = input.countryCode?.toUpperCase() ?? null;
    this.assertMayManage(countryCode);
    const campaign = this.ctx.dataSource.getRepository(Campaign).create({
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      countryCode,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      createdBy: this.ctx.viewer.displayName ?? 'B.E.S.T. platform',
    });
    assertDates(campaign);
    return this.ctx.dataSource.getRepository(Campaign).save(campaign);
  }

  async update(input: UpdateCampaignInput): Promise<Campaign> {
    return this.ctx.dataSource.transaction(async (tx) => {
      const campaigns = tx.getRepository(Campaign);
      const campaign = await campaigns.findOne({
        where: { id: input.campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!campaign || !canReadNetwork(this.ctx.viewer)) {
        if (!isNetworkMember(this.ctx.viewer)) throw unauthenticated('Sign in to change a campaign.');
        throw notFound('Campaign', input.campaignId);
      }
      this.assertMayManage(campaign.countryCode);
      if (campaign.version !== input.expectedVersion) {
        const error = conflict(
          `Someone else saved this campaign after you opened it (you edited version ${input.expectedVersion}; ` +
            `it is now at version ${campaign.version}). Reload it to see their changes, then make yours again.`,
        );
        Object.assign(error.extensions, { currentVersion: campaign.version, expectedVersion: input.expectedVersion });
        throw error;
      }
      if (input.name != null) campaign.name = input.name.trim();
      if (input.description != null) campaign.description = input.description.trim();
      if (input.startsOn != null) campaign.startsOn = input.startsOn;
      if (input.endsOn !== undefined) campaign.endsOn = input.endsOn;
      assertDates(campaign);
      return campaigns.save(campaign);
    });
  }

  private assertMayManage(countryCode: string | null): void {
    const { viewer } = this.ctx;
    if (!isNetworkMember(viewer)) throw unauthenticated('Sign in to manage campaigns.');
    if (!hasScope(viewer, Scope.WRITE))
      throw forbidden('This API token has no WRITE scope: it cannot manage campaigns.');
    if (!mayManageCampaign(viewer, countryCode)) {
      throw forbidden(
        countryCode
          ? `Only admins and the coordinator of ${countryCode} manage its campaigns.`
          : 'Only admins manage European campaigns.',
      );
    }
  }
}

function assertDates(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>): void {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(campaign.startsOn)) problems.push({ field: 'startsOn', message: 'must be a real day' });
  if (campaign.endsOn != null && !isIsoDate(campaign.endsOn)) {
    problems.push({ field: 'endsOn', message: 'must be a real day' });
  }
  if (!problems.length && campaign.endsOn != null && campaign.endsOn < campaign.startsOn) {
    problems.push({ field: 'endsOn', message: 'must not be before startsOn' });
  }
  if (problems.length) throw badUserInput('The campaign dates are not valid.', problems);
}
