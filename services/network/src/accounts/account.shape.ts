import type { EntityManager } from 'typeorm';
import { Role, badUserInput, type FieldProblem } from '@best/kit';
import { Country } from '../countries/country.entity';
import { Organization } from '../organizations/organization.entity';

export interface AccountShape {
  countryCode: string | null;
  organizationId: string | null;
}

/**
 * Checks that a role comes with what it needs (a coordinator's country, a member's organisation)
 * and nothing it must not have, and gives back the country and organisation to store: a member
 * always takes the country of their organisation. Refuses with BAD_USER_INPUT, one problem per field.
 */
export async function resolveAccountShape(
  manager: EntityManager,
  role: Role,
  requested: { countryCode?: string | null; organizationId?: string | null },
): Promise<AccountShape> {
  const problems: FieldProblem[] = [];
  let countryCode = requested.countryCode?.toUpperCase() ?? null;
  const organizationId = requested.organizationId ?? null;

  if (role === Role.ADMIN && (countryCode || organizationId)) {
    problems.push({
      field: 'role',
      message: 'An admin works for every country: leave country and organisation empty.',
    });
  }
  if (role === Role.NATIONAL_COORDINATOR && !countryCode) {
    problems.push({ field: 'countryCode', message: 'A national coordinator needs the country they coordinate.' });
  }
  if (role !== Role.ORGANIZATION_MEMBER && organizationId) {
    problems.push({ field: 'organizationId', message: 'Only an organisation member belongs to an organisation.' });
  }
  if (role === Role.ORGANIZATION_MEMBER) {
    const organization = organizationId
      ? await manager.getRepository(Organization).findOneBy({ id: organizationId })
      : null;
    if (!organizationId) {
      problems.push({ field: 'organizationId', message: 'An organisation member needs their organisation.' });
    } else if (!organization) {
      problems.push({ field: 'organizationId', message: 'There is no organisation with this id.' });
    } else if (countryCode && countryCode !== organization.countryCode) {
      problems.push({ field: 'countryCode', message: "A member's country is the country of their organisation." });
    } else {
      countryCode = organization.countryCode;
    }
  }
  if (countryCode && !problems.length && !(await manager.getRepository(Country).existsBy({ code: countryCode }))) {
    problems.push({ field: 'countryCode', message: `${countryCode} is not a country of the network.` });
  }
  if (problems.length) throw badUserInput(problems[0].message, problems);
  return { countryCode, organizationId: role === Role.ORGANIZATION_MEMBER ? organizationId : null };
}
