import { viewers, type Viewer } from '@best/kit';
import type { NetworkHarness } from './harness';

let counter = 0;
/** A title, name or city nobody else in the test database uses. */
export const unique = (text: string) => `${text} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;

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
 * otherwise): `seed.organization({ countryCode: 'MT' })`, then `seed.initiative(org.id, {...})`.
 */
export function seedWith(network: NetworkHarness, as: Viewer = viewers.admin()) {
  return {
    async organization(input: Record<string, unknown> = {}): Promise<SeededOrganization> {
      const data = await network.ok(
        as,
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORGANIZATION} } } }`,
        { input: { name: unique('Test organisation'), countryCode: 'MT', kind: 'NGO', ...input } },
      );
      const o = data.createOrganization.organization;
      return { ...o, countryCode: o.country.code };
    },

    async initiative(organizationId: string, input: Record<string, unknown> = {}): Promise<SeededInitiative> {
      const data = await network.ok(
        as,
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
      );
      const i = data.createInitiative.initiative;
      return { ...i, countryCode: i.country.code };
    },
  };
}

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
