import { demoNetwork } from '@best/demo';
import { type Viewer } from '@best/kit';
import { gatewayDouble, type GatewayDouble, type TestSubgraph, unique, viewers } from '@best/kit/testing';

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
/** The intake traits of the guideline the tests' gateway double answers with (version 1's four). */
export const INTAKE_TRAITS = [
  { key: 'brings-locals-and-forced-migrants-together', text: 'It brings locals and forced migrants together.' },
  { key: 'fixed-meeting-place-and-regular-times', text: 'It has a fixed meeting place and regular times.' },
  { key: 'promotes-social-inclusion', text: 'It promotes social inclusion.' },
  { key: 'benefits-locals-too', text: 'It benefits the locals too.' },
];
export const INTAKE_GUIDELINE_ID = 'a1000000-0000-4000-8000-000000000001';

/**
 * The gateway as it answers the network's read of the current guideline (a double: the real path is
 * tested end to end in the stack): version 1 with the four intake traits and one award-only rule.
 */
export function intakeGateway(): GatewayDouble {
  return gatewayDouble({
    NetworkIntakeChecklist: () => ({
      guidelines: [
        {
          id: INTAKE_GUIDELINE_ID,
          version: 1,
          eligibilityRules: [
            { key: 'runs-in-edition-country', text: 'Runs in the country.', checkedAtIntake: false },
            ...INTAKE_TRAITS.map((t) => ({ ...t, checkedAtIntake: true })),
          ],
        },
      ],
    }),
  });
}

/** Every intake trait answered, met unless listed. */
export const traitChecks = (unmet: string[] = []) =>
  INTAKE_TRAITS.map(({ key }) => ({ trait: key, met: !unmet.includes(key) }));

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
  eligibility: traitChecks(),
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
