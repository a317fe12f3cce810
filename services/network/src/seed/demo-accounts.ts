import type { DataSource } from 'typeorm';
import { demoId, demoNetwork } from '@best/demo';
import { Role, hashPassword } from '@best/kit';
import { Account } from '../accounts/account.entity';

/** Every demo account signs in with this password. Demo data only: known to everyone who reads the README. */
export const DEMO_PASSWORD = 'best-demo-2026';

/** Ids are deterministic (`demoId('account', email)`), so other subgraphs can refer to them, e.g. a juror's assignments. */
export const demoAccountId = (email: string) => demoId('account', email);

interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  countryCode: string | null;
  organizationId: string | null;
}

/** One account for every role; the member belongs to the national partner in Malta. */
export function demoAccounts(): DemoAccount[] {
  const malta = demoNetwork().countries.find((c) => c.code === 'MT');
  if (!malta?.partnerOrganizationId) throw new Error('The demo network has no partner organisation in Malta');
  return [
    {
      email: 'admin@best.example',
      displayName: 'Demo Admin',
      role: Role.ADMIN,
      countryCode: null,
      organizationId: null,
    },
    {
      email: 'coordinator.mt@best.example',
      displayName: 'Demo Coordinator Malta',
      role: Role.NATIONAL_COORDINATOR,
      countryCode: 'MT',
      organizationId: null,
    },
    {
      email: 'coordinator.it@best.example',
      displayName: 'Demo Coordinator Italy',
      role: Role.NATIONAL_COORDINATOR,
      countryCode: 'IT',
      organizationId: null,
    },
    {
      email: 'member@best.example',
      displayName: 'Demo Member JRS Malta',
      role: Role.ORGANIZATION_MEMBER,
      countryCode: 'MT',
      organizationId: malta.partnerOrganizationId,
    },
    {
      email: 'juror@best.example',
      displayName: 'Demo Juror',
      role: Role.JUROR,
      countryCode: null,
      organizationId: null,
    },
    {
      email: 'viewer@best.example',
      displayName: 'Demo Viewer',
      role: Role.VIEWER,
      countryCode: null,
      organizationId: null,
    },
  ];
}

/** Creates the demo accounts when there are no accounts at all (a database someone uses is left alone). */
export async function seedDemoAccounts(dataSource: DataSource): Promise<void> {
  const accounts = dataSource.getRepository(Account);
  if ((await accounts.count()) > 0) return;
  const rows = await Promise.all(
    demoAccounts().map(async (account) => ({
      ...account,
      id: demoAccountId(account.email),
      // One hash each (own salt), as for any account; ~100 ms apiece, in parallel.
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })),
  );
  // Two processes seeding at once: the loser's insert would clash on the ids; it has nothing to add.
  await accounts.createQueryBuilder().insert().into(Account).values(rows).orIgnore().execute();
}
