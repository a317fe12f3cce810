import { demoNetwork } from '@best/demo';
import { type Viewer } from '@best/kit';
import { type TestSubgraph, unique, viewers } from '@best/kit/testing';

export interface SeededOrganization {
  id: string;
  name: string;
  countryCode: string;
  version: number;
  membershipStage: string;
}

export interface SeededInitiative {
  id: string;
  title: string;
  countryCode: string;
  version: number;
}

const ORGANIZATION = 'id name version membershipStage country { code }';
const INITIATIVE = 'id title version country { code }';

/**
 * Builds test data through the API, as the product would (mutations as an admin unless told
 * otherwise): `given.organization({ countryCode: 'MT' })`, then `given.initiative(org.id, {...})`.
 */
export function seed(network: TestSubgraph, as: Viewer = viewers.admin()) {
  return {
    async organization(input: Record<string, unknown> = {}): Promise<SeededOrganization> {
      const data = await network.ok(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORGANIZATION} } } }`,
        { input: { name: unique('Test organisation'), countryCode: 'MT', kind: 'NGO', ...input } },
        as,
      );
      const o = data.createOrganization.organization;
      return { ...o, countryCode: o.country.code };
    },

    async initiative(organizationId: string, input: Record<string, unknown> = {}): Promise<SeededInitiative> {
      const data = await network.ok(
        `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { ${INITIATIVE} } } }`,
        {
          input: {
            organizationId,
            title: unique('Test initiative'),
            summary: 'Locals and newcomers meet every week to cook together.',
            city: 'Valletta',
            targetGroups: ['NEIGHBOURS'],
            activities: ['CULTURE'],
            ...input,
          },
        },
        as,
      );
      const i = data.createInitiative.initiative;
      return { ...i, countryCode: i.country.code };
    },
  };
}

export type Seed = ReturnType<typeof seed>;

/** A complete, valid proposal; override what a test is about. */
export const proposalInput = (overrides: Record<string, unknown> = {}) => ({
  countryCode: 'MT',
  title: unique('Tuesday football with newcomers'),
  summary: 'Local families and refugees play football every Tuesday evening in the parish grounds.',
  city: 'Birkirkara',
  targetGroups: ['FAMILIES', 'NEIGHBOURS'],
  activities: ['SPORTS'],
  meetingPlace: 'Parish grounds, Triq il-Knisja',
  meetingTimes: 'Every Tuesday, 18:00–20:00',
  proposerRelation: 'NOMINATOR',
  proposerName: 'Maria Eżempju',
  proposerEmail: 'maria@example.org',
  language: 'mt',
  organizationName: unique('Birkirkara Football Friends'),
  organizationKind: 'COMMUNITY_GROUP',
  ...overrides,
});

/** The demo network's national partner organisation of a country. */
export const partnerOf = (countryCode: string): string =>
  demoNetwork().countries.find((c) => c.code === countryCode)!.partnerOrganizationId!;

/** Another organisation of the country, not its partner. */
export const otherOrganizationOf = (countryCode: string): string =>
  demoNetwork().organizations.find((o) => o.countryCode === countryCode && o.id !== partnerOf(countryCode))!.id;

/** A moment `days` from now, as the API writes it. */
export const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
