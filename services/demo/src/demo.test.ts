import {
  ACTIVITIES,
  DEMO_STAFF,
  INITIATIVE_STATUSES,
  MEMBERSHIP_STAGES,
  ORGANIZATION_KINDS,
  TARGET_GROUPS,
  demoId,
  demoNetwork,
  pick,
  pickSome,
  rng,
  type DemoOrganization,
  type MembershipStage,
} from './index';
import { PLACES, placeOf } from './places';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ALLOWED: Record<MembershipStage | 'NONE', MembershipStage[]> = {
  NONE: ['IDENTIFIED'],
  IDENTIFIED: ['CONTACTED', 'DECLINED'],
  CONTACTED: ['INVITED', 'DECLINED'],
  INVITED: ['MEMBER', 'DECLINED'],
  MEMBER: ['INACTIVE'],
  DECLINED: ['CONTACTED'],
  INACTIVE: ['MEMBER'],
};

function occurrences(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('demo network', () => {
  const network = demoNetwork();
  const organizationsById = new Map<string, DemoOrganization>(network.organizations.map((o) => [o.id, o]));

  it('is deterministic: the same data on every call and in a freshly loaded module', () => {
    expect(demoNetwork()).toBe(network);
    let fresh: unknown;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fresh = (require('./index') as typeof import('./index')).demoNetwork();
    });
    expect(fresh).not.toBe(network);
    expect(fresh).toEqual(network);
  });

  it('is frozen so that one consumer cannot change what another sees', () => {
    expect(Object.isFrozen(network.initiatives)).toBe(true);
    expect(Object.isFrozen(network.organizations[0].history[0])).toBe(true);
  });

  it('has the 9 campaign countries, 40 organisations and 80 initiatives', () => {
    expect(network.countries.map((c) => c.code)).toEqual(['IT', 'FR', 'DE', 'BE', 'ES', 'PT', 'MT', 'RO', 'HR']);
    expect(network.organizations).toHaveLength(40);
    expect(network.initiatives).toHaveLength(80);
  });

  it('spreads organisations and initiatives roughly in proportion to the campaign mapping', () => {
    const perCountry = (items: { countryCode: string }[]) =>
      network.countries.map((c) => items.filter((i) => i.countryCode === c.code).length);
    expect(perCountry(network.organizations)).toEqual([8, 7, 6, 5, 4, 4, 2, 2, 2]);
    expect(perCountry(network.initiatives)).toEqual([16, 14, 12, 10, 8, 8, 4, 4, 4]);
  });

  it("names each country's JRS office, a member in that country, as its national partner", () => {
    for (const country of network.countries) {
      const partner = organizationsById.get(country.partnerOrganizationId);
      expect(partner).toMatchObject({ countryCode: country.code, kind: 'JRS_OFFICE', membershipStage: 'MEMBER' });
      expect(partner?.name).toMatch(/^JRS .+ \(demo\)$/);
    }
  });

  it('has organisations at every membership stage, mostly members or invited, and of every kind', () => {
    const stages = occurrences(network.organizations.map((o) => o.membershipStage));
    for (const stage of MEMBERSHIP_STAGES) expect(stages.get(stage)).toBeGreaterThan(0);
    expect((stages.get('MEMBER') ?? 0) + (stages.get('INVITED') ?? 0)).toBeGreaterThan(
      network.organizations.length / 2,
    );
    const kinds = new Set(network.organizations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual([...ORGANIZATION_KINDS].sort());
  });

  it('gives organisations fictional contact details under example.org', () => {
    const phones = new Set<string>();
    for (const o of network.organizations) {
      if (o.website !== null) expect(o.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.org$/);
      expect(o.contactEmail).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)?example\.org$/);
      expect(o.contactPhone).toMatch(new RegExp(`^\\+${placeOf(o.countryCode).callingCode} 000 000 0\\d{3}$`));
      expect(o.contactName).toMatch(/\S+ \S+/);
      phones.add(o.contactPhone);
    }
    expect(phones.size).toBe(network.organizations.length);
    expect(new Set(network.organizations.map((o) => o.name)).size).toBe(network.organizations.length);
  });

  it('records every membership history by allowed moves only, dated 2016–2017 in order, ending at the current stage', () => {
    for (const o of network.organizations) {
      expect(o.history.length).toBeGreaterThan(0);
      expect(o.history[0]).toMatchObject({ from: null, to: 'IDENTIFIED' });
      let previous: MembershipStage | null = null;
      let previousAt = '';
      for (const step of o.history) {
        expect(step.from).toBe(previous);
        expect(ALLOWED[step.from ?? 'NONE']).toContain(step.to);
        expect(new Date(step.at).toISOString()).toBe(step.at);
        expect(step.at > previousAt).toBe(true);
        expect(step.at >= '2016-01-01' && step.at < '2018-01-01').toBe(true);
        expect(DEMO_STAFF).toContain(step.by);
        expect(step.reason.length).toBeGreaterThan(0);
        previous = step.to;
        previousAt = step.at;
      }
      expect(previous).toBe(o.membershipStage);
      expect(o.createdAt).toBe(o.history[0].at);
    }
  });

  it("gives every initiative an existing organisation in the same country, in one of that country's cities", () => {
    for (const i of network.initiatives) {
      const owner = organizationsById.get(i.organizationId);
      expect(owner?.countryCode).toBe(i.countryCode);
      const city = placeOf(i.countryCode).cities.find((c) => c.name === i.city);
      expect(city).toBeDefined();
      expect(Math.abs(i.latitude - city!.latitude)).toBeLessThan(0.05);
      expect(Math.abs(i.longitude - city!.longitude)).toBeLessThan(0.05);
      expect(i.title).toContain(i.city);
    }
    expect(new Set(network.initiatives.map((i) => i.title)).size).toBe(network.initiatives.length);
  });

  it('uses every target group and every activity at least 3 times', () => {
    const groups = occurrences(network.initiatives.flatMap((i) => i.targetGroups));
    for (const group of TARGET_GROUPS) expect(groups.get(group) ?? 0).toBeGreaterThanOrEqual(3);
    const activities = occurrences(network.initiatives.flatMap((i) => i.activities));
    for (const activity of ACTIVITIES) expect(activities.get(activity) ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('keeps initiative texts, figures, dates and languages plausible', () => {
    for (const i of network.initiatives) {
      expect(i.summary.length).toBeLessThanOrEqual(280);
      const sentences = i.description.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
      expect(i.participantsLocals + i.participantsMigrants).toBeGreaterThanOrEqual(25);
      expect(i.participantsLocals + i.participantsMigrants + i.volunteers).toBeLessThanOrEqual(300);
      expect(i.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(INITIATIVE_STATUSES).toContain(i.status);
      if (i.endDate !== null) expect(i.endDate > i.startDate).toBe(true);
      expect(i.status === 'ENDED').toBe(i.endDate !== null);
      expect(new Date(i.createdAt).toISOString()).toBe(i.createdAt);
      const local = placeOf(i.countryCode).cities.find((c) => c.name === i.city)!.languages;
      expect(i.languages.slice(0, local.length)).toEqual(local);
      for (const code of i.languages) expect(code).toMatch(/^[a-z]{2}$/);
      expect(new Set(i.languages).size).toBe(i.languages.length);
      for (const link of i.links) expect(link).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.org\//);
    }
    const active = network.initiatives.filter((i) => i.status === 'ACTIVE').length;
    expect(active).toBeGreaterThan(network.initiatives.length / 2);
  });

  it('covers every campaign country in the place table', () => {
    expect(PLACES.map((p) => p.code)).toEqual(network.countries.map((c) => c.code));
  });
});

describe('demoId', () => {
  it('gives valid, lowercase, version-5 style UUIDs', () => {
    expect(demoId('organization', 'a')).toMatch(UUID);
    expect(demoId('initiative', 1)).toMatch(UUID);
  });

  it('gives the same id for the same kind and key, and distinct ids otherwise', () => {
    expect(demoId('initiative', 7)).toBe(demoId('initiative', 7));
    expect(demoId('initiative', 7)).toBe(demoId('initiative', '7'));
    expect(demoId('initiative', 7)).not.toBe(demoId('organization', 7));
    expect(demoId('initiative', 7)).not.toBe(demoId('initiative', 8));
  });

  it('gives every record of the network a distinct valid id', () => {
    const network = demoNetwork();
    const ids = [...network.organizations.map((o) => o.id), ...network.initiatives.map((i) => i.id)];
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rng, pick and pickSome', () => {
  it('repeat the same sequence for the same seed and stay in [0, 1)', () => {
    const a = rng('seed');
    const b = rng('seed');
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(rng('other seed')()).not.toBe(rng('seed')());
  });

  it('pick one of the items, and refuse an empty list', () => {
    const random = rng('pick');
    for (let n = 0; n < 100; n++) expect(['a', 'b', 'c']).toContain(pick(random, ['a', 'b', 'c']));
    expect(() => pick(random, [])).toThrow();
  });

  it('pickSome returns between min and max distinct items', () => {
    const random = rng('pickSome');
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let n = 0; n < 200; n++) {
      const some = pickSome(random, items, 2, 4);
      expect(some.length).toBeGreaterThanOrEqual(2);
      expect(some.length).toBeLessThanOrEqual(4);
      expect(new Set(some).size).toBe(some.length);
      for (const item of some) expect(items).toContain(item);
    }
    expect(pickSome(random, ['a'], 2, 3)).toEqual(['a']);
  });
});
