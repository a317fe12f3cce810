import type { DataSource } from 'typeorm';
import { demoNetwork } from '@best/demo';
import { Country } from '../countries/country.entity';
import { Initiative } from '../initiatives/initiative.entity';
import type { Activity, InitiativeStatus, TargetGroup } from '../initiatives/initiative.enums';
import { MembershipChange } from '../organizations/membership-change.entity';
import { Organization } from '../organizations/organization.entity';
import type { MembershipStage, OrganizationKind } from '../organizations/organization.enums';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoProposals } from './demo-proposals';

/**
 * Loads the demo network (9 countries, 40 organisations, 80 listed initiatives, one proposal per
 * country waiting for review) into an empty database.
 */
export async function seedNetworkDemo(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Country).count()) > 0) return seedDemoAccounts(dataSource);
  const demo = demoNetwork();
  await dataSource.transaction(async (tx) => {
    await tx
      .getRepository(Country)
      .insert(
        demo.countries.map((c) => ({ code: c.code, name: c.name, partnerOrganizationId: c.partnerOrganizationId })),
      );
    await tx.getRepository(Organization).insert(
      demo.organizations.map((o) => ({
        id: o.id,
        name: o.name,
        countryCode: o.countryCode,
        kind: o.kind as OrganizationKind,
        website: o.website,
        description: o.description,
        contactName: o.contactName,
        contactEmail: o.contactEmail,
        contactPhone: o.contactPhone,
        membershipStage: o.membershipStage as MembershipStage,
        createdAt: new Date(o.createdAt),
      })),
    );
    await tx.getRepository(MembershipChange).insert(
      demo.organizations.flatMap((o) =>
        o.history.map((step) => ({
          organizationId: o.id,
          fromStage: step.from as MembershipStage | null,
          toStage: step.to as MembershipStage,
          changedAt: new Date(step.at),
          changedBy: step.by,
          reason: step.reason,
        })),
      ),
    );
    await tx.getRepository(Initiative).insert(
      demo.initiatives.map((i) => ({
        ...i,
        targetGroups: i.targetGroups as TargetGroup[],
        activities: i.activities as Activity[],
        status: i.status as InitiativeStatus,
        createdAt: new Date(i.createdAt),
      })),
    );
    await seedDemoProposals(tx);
  });
  await seedDemoAccounts(dataSource);
}
