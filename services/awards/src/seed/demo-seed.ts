import type { DataSource, EntityManager } from 'typeorm';
import { demoId, demoNetwork, rng, type DemoInitiative } from '@best/demo';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase, PHASE_ORDER } from '../award-editions/award-edition.enums';
import { AwardEditionPhaseChange } from '../award-editions/award-edition-phase-change.entity';
import { Criterion } from '../guidelines/criterion.entity';
import { Guideline } from '../guidelines/guideline.entity';
import { JuryMember } from '../jury/jury-member.entity';
import { Nomination } from '../nominations/nomination.entity';
import { Eligibility, NominationStatus } from '../nominations/nomination.enums';
import { BEST_PRACTICE_GUIDELINES_V1 } from './best-practice-guidelines';

const DAY = 86_400_000;

interface DemoEdition {
  countryCode: string;
  year: number;
  title: string;
  phase: AwardEditionPhase;
  opensAt: string;
  nominationsCloseAt: string;
  decisionAt: string;
  /** Statuses handed out to the country's nominated initiatives, in a seeded random order. */
  statuses: NominationStatus[];
}

const S = NominationStatus;
export const DEMO_EDITIONS: readonly DemoEdition[] = [
  {
    countryCode: 'MT',
    year: 2017,
    title: 'B.E.S.T. national award Malta 2017',
    phase: AwardEditionPhase.JUDGING,
    opensAt: '2017-03-01T08:00:00Z',
    nominationsCloseAt: '2017-06-30T22:00:00Z',
    decisionAt: '2017-09-29T10:00:00Z',
    statuses: [S.SHORTLISTED, S.SHORTLISTED, S.ELIGIBLE, S.INELIGIBLE],
  },
  {
    countryCode: 'IT',
    year: 2017,
    title: 'B.E.S.T. national award Italy 2017',
    // Announced: its winner and finalists are public, the rest of its nominations stay with the network.
    phase: AwardEditionPhase.ANNOUNCED,
    opensAt: '2017-02-15T08:00:00Z',
    nominationsCloseAt: '2017-05-31T22:00:00Z',
    decisionAt: '2017-09-15T10:00:00Z',
    statuses: [
      S.WINNER,
      S.FINALIST,
      S.FINALIST,
      ...Array<NominationStatus>(5).fill(S.NOT_SELECTED),
      S.INELIGIBLE,
      S.INELIGIBLE,
    ],
  },
];

export const DEMO_GUIDELINE_ID = demoId('guideline', `${BEST_PRACTICE_GUIDELINES_V1.key}:1`);
export const demoEditionId = (countryCode: string, year: number) => demoId('award-edition', `${countryCode}-${year}`);

/** The network's demo juror account (services/network's demo accounts use the same id). */
export const DEMO_JUROR_ACCOUNT_ID = demoId('account', 'juror@best.example');

/** The demo juror judges Malta 2017 only, so signing in as them shows both sides of the jury rule. */
export const DEMO_JURY: readonly Pick<
  JuryMember,
  'editionId' | 'jurorAccountId' | 'displayName' | 'assignedAt' | 'assignedBy'
>[] = [
  {
    editionId: demoEditionId('MT', 2017),
    jurorAccountId: DEMO_JUROR_ACCOUNT_ID,
    displayName: 'Demo Juror',
    assignedAt: new Date('2017-06-15T09:00:00Z'),
    assignedBy: 'Demo Coordinator Malta',
  },
];

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function ineligibleReason(initiative: DemoInitiative, edition: DemoEdition): string {
  const sixMonthsBeforeClose = Date.parse(edition.nominationsCloseAt) - 182 * DAY;
  return Date.parse(initiative.startDate) > sixMonthsBeforeClose
    ? 'Had been running for less than six months when nominations closed.'
    : 'The organisers did not confirm that they agree to the nomination.';
}

/** A moment on a working day's hours (08:00–17:59 UTC) between `from` and `to`. */
function workingMoment(random: () => number, from: number, to: number): Date {
  const days = Math.floor((to - from) / DAY);
  const day = Math.floor(from / DAY) * DAY + (1 + Math.floor(random() * Math.max(days - 1, 1))) * DAY;
  return new Date(day + (8 * 3600 + Math.floor(random() * 36_000)) * 1000);
}

function demoNominations(edition: DemoEdition): Partial<Nomination>[] {
  const network = demoNetwork();
  const random = rng(`awards:nominations:${edition.countryCode}-${edition.year}`);
  const candidates = shuffled(
    random,
    network.initiatives.filter((i) => i.countryCode === edition.countryCode),
  );
  const partnerId = network.countries.find((c) => c.code === edition.countryCode)!.partnerOrganizationId;
  const nameOf = (id: string) => network.organizations.find((o) => o.id === id)!.name;
  return candidates.slice(0, edition.statuses.length).map((initiative, i) => {
    const status = edition.statuses[i];
    const submittedAt = workingMoment(random, Date.parse(edition.opensAt), Date.parse(edition.nominationsCloseAt));
    const eligibility =
      status === S.INELIGIBLE
        ? Eligibility.INELIGIBLE
        : status === S.SUBMITTED
          ? Eligibility.UNCHECKED
          : Eligibility.ELIGIBLE;
    return {
      id: demoId('nomination', `${edition.countryCode}-${edition.year}:${initiative.id}`),
      editionId: demoEditionId(edition.countryCode, edition.year),
      initiativeId: initiative.id,
      // Initiatives put themselves forward, or the national partner nominates them.
      nominatedBy: nameOf(random() < 0.6 ? initiative.organizationId : partnerId),
      statement:
        `${initiative.summary} It brings ${initiative.participantsLocals} locals and ` +
        `${initiative.participantsMigrants} forced migrants together, with ${initiative.volunteers} volunteers.`,
      evidence: [...initiative.links, `Visit report, ${initiative.city}, ${submittedAt.toISOString().slice(0, 10)}`],
      eligibility,
      eligibilityReason: eligibility === Eligibility.INELIGIBLE ? ineligibleReason(initiative, edition) : null,
      status,
      submittedAt,
    };
  });
}

async function seedGuideline(tx: EntityManager): Promise<void> {
  const draft = BEST_PRACTICE_GUIDELINES_V1;
  await tx.getRepository(Guideline).insert({
    id: DEMO_GUIDELINE_ID,
    key: draft.key,
    version: 1,
    title: draft.title,
    eligibilityRules: draft.eligibilityRules,
    publishedAt: null,
    createdAt: new Date('2017-01-09T09:00:00Z'),
  });
  await tx.getRepository(Criterion).insert(
    draft.criteria.map((c, position) => ({
      id: demoId('guideline-criterion', `${draft.key}:1:${c.key}`),
      guidelineId: DEMO_GUIDELINE_ID,
      position,
      key: c.key,
      name: c.name,
      description: c.description ?? '',
      weight: c.weight,
      scale: c.scale,
    })),
  );
  // Published last: the database refuses criteria for a guideline that is already published.
  const publishedAt = new Date('2017-01-16T09:00:00Z');
  await tx.getRepository(Guideline).update(DEMO_GUIDELINE_ID, { publishedAt, updatedAt: publishedAt, revision: 1 });
}

/**
 * Seats the demo jury once the demo editions exist and no jury has been assigned yet; it runs apart
 * from the rest so that a demo database made before juries existed gets its jury too.
 */
async function seedJury(dataSource: DataSource): Promise<void> {
  const editions = await dataSource.getRepository(AwardEdition).countBy({ id: DEMO_JURY[0].editionId });
  if (!editions || (await dataSource.getRepository(JuryMember).count()) > 0) return;
  await dataSource.getRepository(JuryMember).insert(DEMO_JURY.map((seat) => ({ ...seat })));
}

/** When each demo edition moved into a phase, on the demo calendar: opened, closed, decided, announced a week on. */
function demoPhaseDates(edition: DemoEdition): Record<Exclude<AwardEditionPhase, 'DRAFT'>, Date> {
  return {
    NOMINATIONS_OPEN: new Date(edition.opensAt),
    JUDGING: new Date(Date.parse(edition.nominationsCloseAt) + DAY),
    DECIDED: new Date(edition.decisionAt),
    ANNOUNCED: new Date(Date.parse(edition.decisionAt) + 7 * DAY),
  };
}

const DEMO_REASONS: Record<Exclude<AwardEditionPhase, 'DRAFT'>, string> = {
  NOMINATIONS_OPEN: 'Call for nominations published with the national partner.',
  JUDGING: 'Nominations closed on the announced date; eligibility screened.',
  DECIDED: 'The jury met and agreed the winner and finalists.',
  ANNOUNCED: 'Results announced at the national workshop.',
};

/**
 * The dated moves that brought each demo edition to its phase, made by the national coordinator.
 * It runs apart from the rest so that a demo database made before phase history existed gets it too
 * (and the opening dates it lacked), once.
 */
async function seedPhaseHistory(dataSource: DataSource): Promise<void> {
  const changes = dataSource.getRepository(AwardEditionPhaseChange);
  if ((await changes.count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    for (const edition of DEMO_EDITIONS) {
      const id = demoEditionId(edition.countryCode, edition.year);
      if (!(await tx.getRepository(AwardEdition).countBy({ id }))) continue;
      await tx.getRepository(AwardEdition).update(id, { opensAt: new Date(edition.opensAt) });
      const dates = demoPhaseDates(edition);
      const reached = PHASE_ORDER.slice(0, PHASE_ORDER.indexOf(edition.phase) + 1);
      for (let i = 1; i < reached.length; i++) {
        const to = reached[i] as Exclude<AwardEditionPhase, 'DRAFT'>;
        await tx.getRepository(AwardEditionPhaseChange).insert({
          editionId: id,
          fromPhase: reached[i - 1],
          toPhase: to,
          reason: DEMO_REASONS[to],
          changedById: null,
          changedBy: `National coordinator ${edition.countryCode} (demo)`,
          changedAt: dates[to],
        });
      }
    }
  });
}

/**
 * Loads the demo awards into an empty database: guideline version 1 (published, five weighted
 * criteria), Malta 2017 in judging and Italy 2017 announced, with nominations of those countries'
 * demo initiatives, and the demo juror on Malta 2017's jury. Ids are deterministic, so other
 * subgraphs' demo data can point at them.
 */
export async function seedAwardsDemo(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Guideline).count()) > 0) {
    await seedJury(dataSource);
    return seedPhaseHistory(dataSource);
  }
  await dataSource.transaction(async (tx) => {
    await seedGuideline(tx);
    await tx.getRepository(AwardEdition).insert(
      DEMO_EDITIONS.map((e) => ({
        id: demoEditionId(e.countryCode, e.year),
        countryCode: e.countryCode,
        year: e.year,
        guidelineId: DEMO_GUIDELINE_ID,
        title: e.title,
        phase: e.phase,
        opensAt: new Date(e.opensAt),
        nominationsCloseAt: new Date(e.nominationsCloseAt),
        decisionAt: new Date(e.decisionAt),
        createdAt: new Date(Date.parse(e.opensAt) - 14 * DAY),
      })),
    );
    await tx.getRepository(Nomination).insert(DEMO_EDITIONS.flatMap(demoNominations));
  });
  await seedJury(dataSource);
  await seedPhaseHistory(dataSource);
}
