import { createDataSource } from '@best/kit';
import { Country } from './countries/country.entity';
import { Initiative } from './initiatives/initiative.entity';
import { MembershipChange } from './organizations/membership-change.entity';
import { Organization } from './organizations/organization.entity';
import { CreateNetwork1764000000000 } from './migrations/1764000000000-CreateNetwork';

export const networkEntities = [Country, Organization, MembershipChange, Initiative];
export const networkMigrations = [CreateNetwork1764000000000];

export function createNetworkDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: networkEntities, migrations: networkMigrations, onQuery });
}
