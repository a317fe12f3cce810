import { demoNetwork } from '@best/demo';
import { demoWorkshops } from './demo-workshops';

const network = demoNetwork();
const countryOf = new Map(network.initiatives.map((i) => [i.id, i.countryCode]));
const workshops = demoWorkshops();

describe('demo workshops', () => {
  it('hold one national workshop per country of the demo network in 2017, and two communication trainings', () => {
    const national = workshops.filter((w) => w.kind === 'NATIONAL_WORKSHOP');
    expect(national.map((w) => w.countryCode)).toEqual(network.countries.map((c) => c.code));
    expect(workshops.every((w) => w.startsOn.startsWith('2017-') && w.endsOn >= w.startsOn)).toBe(true);
    expect(workshops.filter((w) => w.kind === 'COMMUNICATION_TRAINING')).toHaveLength(2);
    expect(workshops).toHaveLength(11);
  });

  it('give each workshop three to five outcomes citing one to three initiatives of its own country', () => {
    for (const workshop of workshops) {
      expect(workshop.outcomes.length).toBeGreaterThanOrEqual(3);
      expect(workshop.outcomes.length).toBeLessThanOrEqual(5);
      expect(workshop.initiativeIds.every((id) => countryOf.get(id) === workshop.countryCode)).toBe(true);
      for (const outcome of workshop.outcomes) {
        expect(outcome.initiativeIds.length).toBeGreaterThanOrEqual(1);
        expect(outcome.initiativeIds.length).toBeLessThanOrEqual(3);
        expect(new Set(outcome.initiativeIds).size).toBe(outcome.initiativeIds.length);
        expect(outcome.initiativeIds.every((id) => countryOf.get(id) === workshop.countryCode)).toBe(true);
        if (outcome.followUpDue) expect(outcome.followUpDue > workshop.endsOn).toBe(true);
      }
      expect(new Set(workshop.outcomes.map((o) => o.text)).size).toBe(workshop.outcomes.length);
    }
  });

  it('cite the first initiative of the demo network at least once', () => {
    const first = network.initiatives[0].id;
    expect(workshops.flatMap((w) => w.outcomes).some((o) => o.initiativeIds.includes(first))).toBe(true);
  });

  it('count participants as whole numbers of at least one per listed kind', () => {
    for (const workshop of workshops) {
      expect(workshop.participants.length).toBeGreaterThan(0);
      expect(workshop.participants.every((p) => Number.isInteger(p.count) && p.count > 0)).toBe(true);
    }
  });

  it('are the same on every call, ids included', () => {
    expect(JSON.stringify(demoWorkshops())).toBe(JSON.stringify(workshops));
    expect(new Set(workshops.flatMap((w) => [w.id, ...w.outcomes.map((o) => o.id)])).size).toBe(
      workshops.length + workshops.flatMap((w) => w.outcomes).length,
    );
  });
});
