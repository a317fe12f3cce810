import { In, type DataSource, type EntityManager } from 'typeorm';
import { demoId, demoNetwork, pick, rng, type DemoInitiative } from '@best/demo';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionPhase, PHASE_ORDER } from '../award-editions/award-edition.enums';
import { AwardEditionPhaseChange } from '../award-editions/award-edition-phase-change.entity';
import { Criterion } from '../guidelines/criterion.entity';
import { Guideline } from '../guidelines/guideline.entity';
import { JuryConflict } from '../jury/jury-conflict.entity';
import { JuryMember } from '../jury/jury-member.entity';
import type { EligibilityCheck } from '../nominations/eligibility-check.type';
import { Nomination } from '../nominations/nomination.entity';
import { Eligibility, NominationStatus } from '../nominations/nomination.enums';
import { AwardDecision } from '../results/award-decision.entity';
import { Score } from '../scores/score.entity';
import { Scorecard } from '../scores/scorecard.entity';
import { ScorecardStatus } from '../scores/scorecard.enums';
import { BEST_PRACTICE_GUIDELINES_V1 } from './best-practice-guidelines';
import { seedBestPractices } from './demo-best-practices';
import { COMMENT_OPENINGS, DEMO_JUDGINGS, demoJurorId, type DemoJudging } from './demo-juries';

const DAY = 86_400_000;

interface DemoEdition {
  countryCode: string;
  year: number;
  title: string;
  phase: AwardEditionPhase;
  opensAt: string;
  nominationsCloseAt: string;
  decisionAt: string;
  /** The last day nominations came in, when they still do; the close otherwise. */
  nominationsUntil?: string;
  /** Statuses handed out to the country's nominated initiatives, in a seeded random order. */
  statuses: NominationStatus[];
}

const S = NominationStatus;
/** The editions of the first demo data, written before phase history, juries and screening existed. */
const FIRST_EDITIONS: readonly DemoEdition[] = [
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

/**
 * The editions added so that every phase has one, written together with their screening, phase
 * history, juries, scores and decisions (`seedCampaign`). The scored nominations come first in each
 * list of statuses, in the order of their cards in `DEMO_JUDGINGS`.
 */
const CAMPAIGN_EDITIONS: readonly DemoEdition[] = [
  {
    countryCode: 'FR',
    year: 2017,
    title: 'B.E.S.T. national award France 2017',
    // Judging: a harsh, a lenient and a middling juror, a declared conflict, a draft and a tie.
    phase: AwardEditionPhase.JUDGING,
    opensAt: '2017-03-06T08:00:00Z',
    nominationsCloseAt: '2017-06-30T22:00:00Z',
    decisionAt: '2017-10-13T10:00:00Z',
    statuses: [S.SHORTLISTED, S.SHORTLISTED, S.SHORTLISTED, S.SHORTLISTED, S.SHORTLISTED, S.INELIGIBLE],
  },
  {
    countryCode: 'DE',
    year: 2017,
    title: 'B.E.S.T. national award Germany 2017',
    // Decided, not announced yet: the decision and its outcomes stay with the organisers for a week.
    phase: AwardEditionPhase.DECIDED,
    opensAt: '2017-02-20T08:00:00Z',
    nominationsCloseAt: '2017-05-31T22:00:00Z',
    decisionAt: '2017-09-22T10:00:00Z',
    statuses: [S.WINNER, S.FINALIST, S.FINALIST, S.NOT_SELECTED, S.NOT_SELECTED, S.INELIGIBLE],
  },
  {
    countryCode: 'ES',
    year: 2017,
    title: 'B.E.S.T. national award Spain 2017',
    // Nominations open: some screened already, some still waiting.
    phase: AwardEditionPhase.NOMINATIONS_OPEN,
    opensAt: '2017-09-04T08:00:00Z',
    nominationsCloseAt: '2017-11-30T22:00:00Z',
    decisionAt: '2017-12-15T10:00:00Z',
    nominationsUntil: '2017-09-29T17:00:00Z',
    statuses: [S.ELIGIBLE, S.SUBMITTED, S.INELIGIBLE, S.SUBMITTED, S.ELIGIBLE, S.SUBMITTED],
  },
  {
    countryCode: 'BE',
    year: 2017,
    title: 'B.E.S.T. national award Belgium 2017',
    // Draft: planned, not open yet, so nothing nominated.
    phase: AwardEditionPhase.DRAFT,
    opensAt: '2017-10-02T08:00:00Z',
    nominationsCloseAt: '2017-11-17T22:00:00Z',
    decisionAt: '2017-12-15T10:00:00Z',
    statuses: [],
  },
];

/** Every demo edition: one in each phase, two of them (Malta, France) judging. */
export const DEMO_EDITIONS: readonly DemoEdition[] = [...FIRST_EDITIONS, ...CAMPAIGN_EDITIONS];

/** The decisions of the decided and announced demo editions, matching their nominations' statuses. */
const DEMO_DECISIONS: readonly {
  countryCode: string;
  year: number;
  normalised: boolean;
  /** Positions, among the edition's nominations, of the not selected ones named with a special mention. */
  specialMentions: number[];
  reason: string;
}[] = [
  {
    countryCode: 'IT',
    year: 2017,
    normalised: true,
    specialMentions: [],
    reason: 'The jury met at the national workshop and agreed the winner and two finalists.',
  },
  {
    countryCode: 'DE',
    year: 2017,
    normalised: true,
    specialMentions: [3],
    reason:
      'Read from the normalised ranking, so that the harsh and the lenient juror count the same; the raw means ' +
      'put the first two the other way round. A special mention for the fourth, close behind the finalists.',
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
    const submittedAt = workingMoment(
      random,
      Date.parse(edition.opensAt),
      Date.parse(edition.nominationsUntil ?? edition.nominationsCloseAt),
    );
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
      // What awards keeps of the network: the organisation running the initiative (for detected conflicts).
      initiativeOrganizationId: initiative.organizationId,
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

/** The dated moves that brought one demo edition to its phase, made by the national coordinator. */
function phaseChanges(edition: DemoEdition): Partial<AwardEditionPhaseChange>[] {
  const dates = demoPhaseDates(edition);
  const reached = PHASE_ORDER.slice(0, PHASE_ORDER.indexOf(edition.phase) + 1);
  return reached.slice(1).map((to, i) => ({
    editionId: demoEditionId(edition.countryCode, edition.year),
    fromPhase: reached[i],
    toPhase: to,
    reason: DEMO_REASONS[to as Exclude<AwardEditionPhase, 'DRAFT'>],
    changedById: null,
    changedBy: `National coordinator ${edition.countryCode} (demo)`,
    changedAt: dates[to as Exclude<AwardEditionPhase, 'DRAFT'>],
  }));
}

/**
 * The dated moves that brought the first demo editions to their phase, and the opening dates of every
 * demo edition. It runs apart from the rest so that a demo database made before phase history existed
 * gets it too (and the opening dates it lacked), once. The later editions are always written with
 * their moves (`seedCampaign`).
 */
async function seedPhaseHistory(dataSource: DataSource): Promise<void> {
  const changes = dataSource.getRepository(AwardEditionPhaseChange);
  if ((await changes.count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    for (const edition of DEMO_EDITIONS) {
      const id = demoEditionId(edition.countryCode, edition.year);
      if (!(await tx.getRepository(AwardEdition).countBy({ id }))) continue;
      await tx.getRepository(AwardEdition).update(id, { opensAt: new Date(edition.opensAt) });
      if (!FIRST_EDITIONS.includes(edition)) continue;
      for (const change of phaseChanges(edition)) await tx.getRepository(AwardEditionPhaseChange).insert(change);
    }
  });
}

const editionRow = (e: DemoEdition): Partial<AwardEdition> => ({
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
});

/** The rule an ineligible demo nomination fails, by its reason (see `ineligibleReason`). */
const failedRule = (reason: string) =>
  reason.startsWith('Had been running') ? 'running-six-months' : 'organisers-consent';

/**
 * The screening of an edition's screened nominations: one check per eligibility rule of the demo
 * guideline, the failed one noted with the reason, a few days after the nomination came in and
 * before judging began.
 */
function withScreening(edition: DemoEdition, nominations: Partial<Nomination>[]): Partial<Nomination>[] {
  const random = rng(`awards:screening:${edition.countryCode}-${edition.year}`);
  const judgingAt = demoPhaseDates(edition).JUDGING.getTime();
  return nominations.map((nomination) => {
    if (nomination.eligibility === Eligibility.UNCHECKED) return nomination;
    const failed = nomination.eligibilityReason ? failedRule(nomination.eligibilityReason) : null;
    const eligibilityChecks: EligibilityCheck[] = (BEST_PRACTICE_GUIDELINES_V1.eligibilityRules ?? []).map(
      ({ key, text }) => ({
        rule: key,
        text,
        met: key !== failed,
        note: key === failed ? nomination.eligibilityReason! : null,
      }),
    );
    const after = nomination.submittedAt!.getTime() + (2 + Math.floor(random() * 6)) * DAY;
    return { ...nomination, eligibilityChecks, screenedAt: new Date(Math.min(after, judgingAt - 2 * 3600_000)) };
  });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * One demo jury: its seats, its declared conflict, and every card, submitted ones on each criterion
 * with a comment, drafts on the criteria scored so far. Cards come in during the judging's first two
 * months, never after the decision.
 */
async function seedJudging(tx: EntityManager, judging: DemoJudging, nominations: Partial<Nomination>[]) {
  const editionId = demoEditionId(judging.countryCode, judging.year);
  const edition = DEMO_EDITIONS.find((e) => e.countryCode === judging.countryCode && e.year === judging.year)!;
  const scored = nominations.filter((n) => n.editionId === editionId);
  const criteria = BEST_PRACTICE_GUIDELINES_V1.criteria;
  const random = rng(`awards:scores:${judging.countryCode}-${judging.year}`);
  const from = demoPhaseDates(edition).JUDGING.getTime();
  const to = Math.min(Date.parse(edition.decisionAt) - DAY, from + 62 * DAY);

  await tx.getRepository(JuryMember).insert(
    judging.jurors.map((juror) => ({
      id: demoId('jury-member', `${judging.countryCode}-${judging.year}:${juror.slug}`),
      editionId,
      jurorAccountId: demoJurorId(juror.slug),
      displayName: juror.displayName,
      assignedAt: new Date(judging.assignedAt),
      assignedBy: judging.assignedBy,
    })),
  );
  for (const juror of judging.jurors) {
    const jurorAccountId = demoJurorId(juror.slug);
    for (const [index, card] of judging.cards[juror.slug].entries()) {
      const nominationId = scored[index].id!;
      if (card == null) {
        await tx.getRepository(JuryConflict).insert({
          id: demoId('jury-conflict', `${nominationId}:${juror.slug}`),
          editionId,
          nominationId,
          jurorAccountId,
          reason: judging.conflictReason!,
          declaredAt: workingMoment(random, from, from + 10 * DAY),
        });
        continue;
      }
      const at = workingMoment(random, from, to);
      const draft = card.includes('-');
      const scorecardId = demoId('scorecard', `${nominationId}:${juror.slug}`);
      await tx.getRepository(Scorecard).insert({
        id: scorecardId,
        editionId,
        nominationId,
        jurorAccountId,
        status: draft ? ScorecardStatus.DRAFT : ScorecardStatus.SUBMITTED,
        submittedAt: draft ? null : at,
        updatedAt: at,
      });
      const scores = [...card].flatMap((digit, c) => {
        if (digit === '-') return [];
        const level = criteria[c].scale.find((l) => l.score === Number(digit))!;
        const opening = pick(random, COMMENT_OPENINGS[juror.leaning]);
        return [
          {
            scorecardId,
            criterion: criteria[c].key,
            score: level.score,
            comment: `${opening} ${lowerFirst(level.descriptor)}`,
            updatedAt: at,
          },
        ];
      });
      await tx.getRepository(Score).insert(scores);
    }
  }
}

/** The decisions of the decided and announced demo editions there are, each recorded once. */
async function seedDecisions(tx: EntityManager) {
  for (const decision of DEMO_DECISIONS) {
    const edition = DEMO_EDITIONS.find((e) => e.countryCode === decision.countryCode && e.year === decision.year)!;
    const editionId = demoEditionId(edition.countryCode, edition.year);
    if (!(await tx.getRepository(AwardEdition).countBy({ id: editionId }))) continue;
    if (await tx.getRepository(AwardDecision).countBy({ editionId })) continue;
    // The nominations of a demo edition, in the order of its statuses.
    const ids = demoNominations(edition).map((n) => n.id!);
    await tx.getRepository(AwardDecision).insert({
      editionId,
      normalised: decision.normalised,
      specialMentionIds: decision.specialMentions.map((index) => ids[index]),
      reason: decision.reason,
      decidedById: null,
      decidedBy: `National coordinator ${edition.countryCode} (demo)`,
      decidedAt: new Date(edition.decisionAt),
    });
  }
}

const isFirstEdition = (judging: DemoJudging) =>
  FIRST_EDITIONS.some((e) => e.countryCode === judging.countryCode && e.year === judging.year);

/**
 * The juries that scored the first demo editions (Italy 2017), each once its edition exists and while it
 * has neither a jury nor a scorecard yet; apart from the rest so that a demo database made before them
 * gets them too.
 */
async function seedFirstJudgings(dataSource: DataSource): Promise<void> {
  for (const judging of DEMO_JUDGINGS.filter(isFirstEdition)) {
    const editionId = demoEditionId(judging.countryCode, judging.year);
    if (!(await dataSource.getRepository(AwardEdition).countBy({ id: editionId }))) continue;
    if (await dataSource.getRepository(JuryMember).countBy({ editionId })) continue;
    if (await dataSource.getRepository(Scorecard).countBy({ editionId })) continue;
    await dataSource.transaction((tx) => seedJudging(tx, judging, FIRST_EDITIONS.flatMap(demoNominations)));
  }
}

/**
 * The editions that give every phase one (France judging, Germany decided, Spain open, Belgium a
 * draft), with their screened nominations, dated moves, juries, conflict, scores and decisions, and
 * Italy's decision: all in one transaction, once. It runs apart from the first editions so that a
 * demo database made before them gets them too.
 */
async function seedCampaign(dataSource: DataSource): Promise<void> {
  if (!(await dataSource.getRepository(Guideline).countBy({ id: DEMO_GUIDELINE_ID }))) return;
  const ids = CAMPAIGN_EDITIONS.map((e) => demoEditionId(e.countryCode, e.year));
  if (await dataSource.getRepository(AwardEdition).countBy({ id: In(ids) })) return;
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(AwardEdition).insert(CAMPAIGN_EDITIONS.map(editionRow));
    const nominations = CAMPAIGN_EDITIONS.flatMap((e) => withScreening(e, demoNominations(e)));
    await tx.getRepository(Nomination).insert(nominations);
    for (const edition of CAMPAIGN_EDITIONS) {
      for (const change of phaseChanges(edition)) await tx.getRepository(AwardEditionPhaseChange).insert(change);
    }
    for (const judging of DEMO_JUDGINGS.filter((j) => !isFirstEdition(j))) await seedJudging(tx, judging, nominations);
    await seedDecisions(tx);
  });
}

/**
 * Loads the demo awards into an empty database: guideline version 1 (published, five weighted
 * criteria), an edition in every phase (Belgium 2017 a draft, Spain 2017 open for nominations, Malta
 * and France 2017 judging, Germany 2017 decided, Italy 2017 announced) with nominations of those
 * countries' demo initiatives, the demo juror on Malta 2017's jury, and three-juror juries with scores
 * on France, Germany and Italy 2017. Best practices and manuals follow
 * (demo-best-practices.ts). Ids are deterministic, so other subgraphs' demo data can point at them.
 */
export async function seedAwardsDemo(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(Guideline).count()) > 0) {
    await seedJury(dataSource);
    await seedFirstJudgings(dataSource);
    await seedPhaseHistory(dataSource);
    await seedCampaign(dataSource);
    return seedBestPractices(dataSource);
  }
  await dataSource.transaction(async (tx) => {
    await seedGuideline(tx);
    await tx.getRepository(AwardEdition).insert(FIRST_EDITIONS.map(editionRow));
    await tx.getRepository(Nomination).insert(FIRST_EDITIONS.flatMap(demoNominations));
  });
  await seedJury(dataSource);
  await seedFirstJudgings(dataSource);
  await seedPhaseHistory(dataSource);
  await seedCampaign(dataSource);
  await seedBestPractices(dataSource);
}
