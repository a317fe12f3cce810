import { In } from 'typeorm';
import { badUserInput, conflict, ISO_3166_COUNTRIES, isUniqueViolation, notFound } from '@best/kit';
import type { NetworkContext } from '../context';
import { refuse } from '../network.access';
import { InitiativeListing } from '../initiatives/initiative.enums';
import { Organization } from '../organizations/organization.entity';
import { canAddCountries, canChangeCountry, canCoordinateCountry } from './country.access';
import { Country } from './country.entity';
import type { AddCountryInput, UpdateCountryInput } from './country.input';
import {
  participantTotals,
  stageCounts,
  statusCounts,
  type MembershipStageCount,
  type InitiativeStatusCount,
  type ParticipantTotals,
  type StageRow,
  type StatusRow,
} from './country.figures';

type Ctx = Pick<NetworkContext, 'dataSource'>;

export class CountryService {
  constructor(private readonly ctx: NetworkContext) {}

  all(): Promise<Country[]> {
    return this.ctx.dataSource.getRepository(Country).find({ order: { name: 'ASC' } });
  }

  byCode(code: string): Promise<Country | null> {
    return this.ctx.loaders.countryByCode.load(code.toUpperCase());
  }

  async organizationsByStage(country: Country): Promise<MembershipStageCount[]> {
    return stageCounts(await this.ctx.loaders.organizationStagesByCountry.load(country.code));
  }

  async initiativesByStatus(country: Country): Promise<InitiativeStatusCount[]> {
    return statusCounts(await this.ctx.loaders.initiativeFiguresByCountry.load(country.code));
  }

  async participants(country: Country): Promise<ParticipantTotals> {
    return participantTotals(await this.ctx.loaders.initiativeFiguresByCountry.load(country.code));
  }

  /** Proposals waiting for review, for the staff who review them; null for everyone else. */
  async pendingProposals(country: Country): Promise<number | null> {
    if (!canCoordinateCountry(this.ctx.viewer, country.code)) return null;
    return (await this.ctx.loaders.pendingProposalsByCountry.load(country.code))[0]?.count ?? 0;
  }

  async add(input: AddCountryInput): Promise<Country> {
    const viewer = this.ctx.viewer;
    if (!canAddCountries(viewer)) throw refuse(viewer, 'add countries', 'only admins can');
    const code = input.code.toUpperCase();
    try {
      await this.ctx.dataSource
        .getRepository(Country)
        .insert({ code, name: input.name?.trim() || ISO_3166_COUNTRIES[code], partnerOrganizationId: null });
    } catch (error) {
      if (isUniqueViolation(error, 'country_pkey')) throw conflict(`${code} is already a country of the network.`);
      throw error;
    }
    return this.reload(code);
  }

  async update(input: UpdateCountryInput): Promise<Country> {
    const viewer = this.ctx.viewer;
    const code = input.code.toUpperCase();
    if (!canChangeCountry(viewer, code)) {
      throw refuse(viewer, `change ${code}`, 'only admins and the coordinator of that country can');
    }
    const country = await this.ctx.dataSource.getRepository(Country).findOneBy({ code });
    if (!country) throw notFound('Country', code);
    if (input.name === null) {
      throw badUserInput('name: cannot be removed', [{ field: 'name', message: 'cannot be removed' }]);
    }
    if (input.name !== undefined) country.name = input.name.trim();
    if (input.partnerOrganizationId !== undefined) {
      if (input.partnerOrganizationId !== null) {
        const partner = await this.ctx.dataSource
          .getRepository(Organization)
          .findOneBy({ id: input.partnerOrganizationId });
        if (!partner || partner.countryCode !== code) {
          throw badUserInput(`The national partner of ${country.name} must be one of its organisations.`, [
            { field: 'partnerOrganizationId', message: `is not an organisation in ${code}` },
          ]);
        }
      }
      country.partnerOrganizationId = input.partnerOrganizationId;
    }
    await this.ctx.dataSource.getRepository(Country).save(country);
    return this.reload(code);
  }

  private async reload(code: string): Promise<Country> {
    this.ctx.loaders.countryByCode.clear(code);
    return (await this.byCode(code))!;
  }

  static loadMany(ctx: Ctx, codes: readonly string[]): Promise<Country[]> {
    return ctx.dataSource.getRepository(Country).findBy({ code: In([...codes]) });
  }

  static async loadStageRows(ctx: Ctx, codes: readonly string[]): Promise<StageRow[]> {
    return ctx.dataSource.query(
      `SELECT country_code AS "countryCode", membership_stage AS stage, count(*)::int AS count
         FROM organization WHERE country_code = ANY($1) GROUP BY 1, 2`,
      [codes],
    );
  }

  /** Listed initiatives only: the public figures of the network. */
  static async loadStatusRows(ctx: Ctx, codes: readonly string[]): Promise<StatusRow[]> {
    return ctx.dataSource.query(
      `SELECT country_code AS "countryCode", status, count(*)::int AS count,
              sum(participants_locals)::int AS locals, sum(participants_migrants)::int AS migrants,
              sum(volunteers)::int AS volunteers
         FROM initiative WHERE country_code = ANY($1) AND listing = $2 GROUP BY 1, 2`,
      [codes, InitiativeListing.LISTED],
    );
  }

  static async loadPendingRows(ctx: Ctx, codes: readonly string[]): Promise<{ countryCode: string; count: number }[]> {
    return ctx.dataSource.query(
      `SELECT country_code AS "countryCode", count(*)::int AS count
         FROM initiative WHERE country_code = ANY($1) AND listing = $2 GROUP BY 1`,
      [codes, InitiativeListing.PROPOSED],
    );
  }
}
