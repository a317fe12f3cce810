import { In, type EntityManager } from 'typeorm';
import {
  AuditAction,
  badUserInput,
  type Connection,
  isUuid,
  notFound,
  paginate,
  Problems,
  recordAudit,
} from '@best/kit';
import type { NetworkContext } from '../context';
import { refuse } from '../network.access';
import { assertVersion } from '../concurrency';
import { Country } from '../countries/country.entity';
import { Organization } from './organization.entity';
import { MembershipChange } from './membership-change.entity';
import type { OrganizationsArgs } from './organization.args';
import type { MembershipChangesArgs } from './membership-change.args';
import type { CreateOrganizationInput, MoveMembershipInput, UpdateOrganizationInput } from './organization.input';
import {
  canCoordinate,
  canEditOrganization,
  canReadContactDetails,
  canReadMembershipHistory,
} from './organization.access';
import { assertAllowedMove, FIRST_STAGE } from './membership.rules';
import { MembershipStage } from './organization.enums';

/** What the private contact fields resolve from; null when the caller may not see them. */
export interface ContactDetails {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

// One audit line per organisation and request, however many contact fields or aliases ask for it.
const auditedContacts = new WeakMap<object, Map<string, Promise<unknown>>>();

export class OrganizationService {
  constructor(
    private readonly ctx: NetworkContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  byId(id: string): Promise<Organization | null> {
    return this.ctx.loaders.organizationById.load(id);
  }

  list(args: OrganizationsArgs): Promise<Connection<Organization>> {
    const query = this.ctx.dataSource.getRepository(Organization).createQueryBuilder('organization');
    if (args.countryCode)
      query.andWhere('organization.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.membershipStage) query.andWhere('organization.membership_stage = :stage', { stage: args.membershipStage });
    if (args.kind) query.andWhere('organization.kind = :kind', { kind: args.kind });
    const search = args.search?.trim();
    if (search) {
      query.andWhere(`lower(network_unaccent(organization.name)) LIKE '%' || lower(network_unaccent(:name)) || '%'`, {
        name: search.replace(/[\\%_]/g, (c) => `\\${c}`),
      });
    }
    return paginate(query, args, { column: 'organization.name', value: (o) => o.name });
  }

  /** Every move of one organisation, oldest first; null for the public. */
  async history(organizationId: string): Promise<MembershipChange[] | null> {
    if (!canReadMembershipHistory(this.ctx.viewer)) return null;
    return this.ctx.loaders.membershipHistoryByOrganizationId.load(organizationId);
  }

  /** Moves across organisations, newest first; empty for the public. */
  changes(args: MembershipChangesArgs): Promise<Connection<MembershipChange>> {
    const query = this.ctx.dataSource.getRepository(MembershipChange).createQueryBuilder('change');
    if (!canReadMembershipHistory(this.ctx.viewer)) query.andWhere('false');
    if (args.organizationId) query.andWhere('change.organization_id = :org', { org: args.organizationId });
    if (args.countryCode) {
      query.andWhere('change.organization_id IN (SELECT id FROM organization WHERE country_code = :country)', {
        country: args.countryCode.toUpperCase(),
      });
    }
    if (args.toStage) query.andWhere('change.to_stage = :stage', { stage: args.toStage });
    if (args.since) query.andWhere('change.changed_at >= :since', { since: args.since });
    if (args.until) query.andWhere('change.changed_at < :until', { until: args.until });
    return paginate(query, args, { column: 'change.changed_at', value: (c) => c.changedAt, direction: 'DESC' });
  }

  /**
   * The private contact details, for the callers allowed to see them; each organisation whose
   * details reach a caller leaves one CONTACT_DETAILS_READ line in the audit log.
   */
  async contactDetails(organization: Organization): Promise<ContactDetails | null> {
    if (!canReadContactDetails(this.ctx.viewer, organization)) return null;
    const { contactName, contactEmail, contactPhone } = organization;
    if (contactName !== null || contactEmail !== null || contactPhone !== null) {
      let seen = auditedContacts.get(this.ctx);
      if (!seen) auditedContacts.set(this.ctx, (seen = new Map()));
      if (!seen.has(organization.id)) {
        seen.set(
          organization.id,
          recordAudit(this.ctx, {
            action: AuditAction.CONTACT_DETAILS_READ,
            subjectType: 'Organization',
            subjectId: organization.id,
          }),
        );
      }
      await seen.get(organization.id);
    }
    return { contactName, contactEmail, contactPhone };
  }

  async create(input: CreateOrganizationInput): Promise<Organization> {
    const viewer = this.ctx.viewer;
    const countryCode = input.countryCode.toUpperCase();
    if (!canCoordinate(viewer, countryCode)) {
      throw refuse(
        viewer,
        `add organisations in ${countryCode}`,
        'only admins and the coordinator of that country can',
      );
    }
    const id = await this.ctx.dataSource.transaction(async (tx) => {
      await assertNetworkCountry(tx, countryCode);
      const at = this.now();
      const { identifiers } = await tx.getRepository(Organization).insert({
        name: input.name.trim(),
        countryCode,
        kind: input.kind,
        website: input.website ?? null,
        description: input.description?.trim() ?? '',
        contactName: input.contactName?.trim() ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        membershipStage: FIRST_STAGE,
        createdAt: at,
      });
      const organizationId = identifiers[0].id as string;
      await this.recordMove(
        tx,
        organizationId,
        null,
        FIRST_STAGE,
        input.reason?.trim() || 'Added to the network map',
        at,
      );
      return organizationId;
    });
    return this.reload(id);
  }

  async update(input: UpdateOrganizationInput): Promise<Organization> {
    const problems = new Problems();
    if (input.name === null) problems.add('name', 'cannot be removed; give the new name instead');
    if (input.kind === null) problems.add('kind', 'cannot be removed; choose OTHER if no kind fits');
    problems.throwIfAny();

    await this.ctx.dataSource.transaction(async (tx) => {
      const organization = await this.lockForChange(tx, input.id);
      if (!canEditOrganization(this.ctx.viewer, organization)) {
        throw refuse(this.ctx.viewer, `edit ${organization.name}`);
      }
      assertVersion('organisation', organization.version, input.expectedVersion);
      if (input.name !== undefined) organization.name = input.name!.trim();
      if (input.kind !== undefined) organization.kind = input.kind!;
      if (input.website !== undefined) organization.website = input.website;
      if (input.description !== undefined) organization.description = input.description?.trim() ?? '';
      if (input.contactName !== undefined) organization.contactName = input.contactName?.trim() ?? null;
      if (input.contactEmail !== undefined) organization.contactEmail = input.contactEmail;
      if (input.contactPhone !== undefined) organization.contactPhone = input.contactPhone;
      await tx.getRepository(Organization).save(organization);
    });
    return this.reload(input.id);
  }

  async moveMembership(input: MoveMembershipInput): Promise<{ organization: Organization; change: MembershipChange }> {
    const change = await this.ctx.dataSource.transaction(async (tx) => {
      const organization = await this.lockForChange(tx, input.organizationId);
      if (!canCoordinate(this.ctx.viewer, organization.countryCode)) {
        throw refuse(
          this.ctx.viewer,
          `move ${organization.name} through the membership pipeline`,
          'only admins and the coordinator of its country can',
        );
      }
      assertVersion('organisation', organization.version, input.expectedVersion);
      assertAllowedMove(organization.name, organization.membershipStage, input.toStage);
      const from = organization.membershipStage;
      organization.membershipStage = input.toStage;
      await tx.getRepository(Organization).save(organization);
      return this.recordMove(tx, organization.id, from, input.toStage, input.reason.trim(), this.now());
    });
    this.ctx.loaders.membershipHistoryByOrganizationId.clear(input.organizationId);
    return { organization: await this.reload(input.organizationId), change };
  }

  /** Used by the intake review: the proposal's organisation joins the pipeline, as the campaign's mapping did. */
  async createIdentified(
    tx: EntityManager,
    fields: Pick<Organization, 'name' | 'countryCode' | 'kind' | 'website'>,
    reason: string,
  ): Promise<string> {
    const at = this.now();
    const { identifiers } = await tx.getRepository(Organization).insert({
      ...fields,
      description: '',
      membershipStage: FIRST_STAGE,
      createdAt: at,
    });
    const id = identifiers[0].id as string;
    await this.recordMove(tx, id, null, FIRST_STAGE, reason, at);
    return id;
  }

  private async recordMove(
    tx: EntityManager,
    organizationId: string,
    fromStage: MembershipStage | null,
    toStage: MembershipStage,
    reason: string,
    changedAt: Date,
  ): Promise<MembershipChange> {
    const repository = tx.getRepository(MembershipChange);
    return repository.save(
      repository.create({
        organizationId,
        fromStage,
        toStage,
        reason,
        changedAt,
        changedBy: this.ctx.viewer.displayName ?? 'B.E.S.T. platform',
        changedById: this.ctx.viewer.id,
      }),
    );
  }

  /** The row, locked until the transaction ends: concurrent changes queue instead of interleaving. */
  private async lockForChange(tx: EntityManager, id: string): Promise<Organization> {
    const organization = isUuid(id)
      ? await tx.getRepository(Organization).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!organization) throw notFound('Organisation', id);
    return organization;
  }

  private async reload(id: string): Promise<Organization> {
    this.ctx.loaders.organizationById.clear(id);
    return (await this.byId(id))!;
  }

  static loadMany(ctx: Pick<NetworkContext, 'dataSource'>, ids: readonly string[]): Promise<Organization[]> {
    // A malformed id cannot match a row and must not reach PostgreSQL as a uuid.
    return ctx.dataSource.getRepository(Organization).findBy({ id: In(ids.filter(isUuid)) });
  }

  static loadHistories(ctx: Pick<NetworkContext, 'dataSource'>, ids: readonly string[]): Promise<MembershipChange[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(MembershipChange)
      .find({ where: { organizationId: In(valid) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }
}

/** A country of the network, or a refusal that says how one is added. */
export async function assertNetworkCountry(tx: EntityManager, countryCode: string): Promise<void> {
  if (await tx.getRepository(Country).exists({ where: { code: countryCode } })) return;
  throw badUserInput(`${countryCode} is not a country of the network yet; an admin can add it with addCountry.`, [
    { field: 'countryCode', message: `${countryCode} is not a country of the network` },
  ]);
}
