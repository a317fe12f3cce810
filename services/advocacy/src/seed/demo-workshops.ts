import { demoId, demoNetwork, pick, pickSome, rng, type DemoCountry, type DemoInitiative } from '@best/demo';
import { FollowUpStatus, WorkshopOutcomeKind } from '../workshop-outcomes/workshop-outcome.enums';
import { WorkshopKind, WorkshopParticipantKind } from '../workshops/workshop.enums';
import { COMMUNICATION_TRAINING_OUTCOMES, NATIONAL_WORKSHOP_OUTCOMES, type OutcomeText } from './outcome-texts';

export interface DemoOutcome {
  id: string;
  workshopId: string;
  kind: WorkshopOutcomeKind;
  text: string;
  followUpStatus: FollowUpStatus;
  followUpDue: string | null;
  initiativeIds: string[];
  createdAt: Date;
}

export interface DemoWorkshop {
  id: string;
  kind: WorkshopKind;
  title: string;
  countryCode: string;
  startsOn: string;
  endsOn: string;
  city: string;
  venue: string;
  objectives: string;
  initiativeIds: string[];
  participants: { kind: WorkshopParticipantKind; count: number }[];
  createdAt: Date;
  outcomes: DemoOutcome[];
}

const DAY = 86_400_000;
/** The demo's "today": follow-ups due before it have mostly been dealt with. */
const DEMO_TODAY = Date.UTC(2017, 11, 31);

const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

type Range = readonly [number, number];

const NATIONAL_PARTICIPANTS: Readonly<Partial<Record<WorkshopParticipantKind, Range>>> = {
  STAFF: [3, 8],
  VOLUNTEERS: [6, 25],
  MIGRANTS: [4, 18],
  LOCALS: [4, 18],
  POLICYMAKERS: [1, 6],
  JOURNALISTS: [0, 3],
  PARTNER_ORGANIZATIONS: [4, 12],
};
const TRAINING_PARTICIPANTS: Readonly<Partial<Record<WorkshopParticipantKind, Range>>> = {
  STAFF: [4, 10],
  VOLUNTEERS: [5, 15],
  MIGRANTS: [1, 5],
  JOURNALISTS: [1, 3],
  PARTNER_ORGANIZATIONS: [5, 12],
};

/** The two communication trainings of the demo year, hosted by these national partners. */
const TRAININGS: readonly { countryCode: string; month: number }[] = [
  { countryCode: 'BE', month: 4 },
  { countryCode: 'PT', month: 6 },
];

const OUTCOME_KINDS = Object.values(WorkshopOutcomeKind);

interface Plan {
  key: string;
  kind: WorkshopKind;
  country: DemoCountry;
  month: number;
  title: string;
  objectives: string;
  presented: Range;
  participants: Readonly<Partial<Record<WorkshopParticipantKind, Range>>>;
  texts: Readonly<Record<WorkshopOutcomeKind, readonly OutcomeText[]>>;
}

/** By the end of the demo year, most follow-ups due earlier have been done; later ones are open or under way. */
const PAST_DUE_STATUSES: readonly (readonly [FollowUpStatus, number])[] = [
  [FollowUpStatus.DONE, 10],
  [FollowUpStatus.IN_PROGRESS, 4],
  [FollowUpStatus.DROPPED, 3],
  [FollowUpStatus.OPEN, 3],
];
const FUTURE_DUE_STATUSES: readonly (readonly [FollowUpStatus, number])[] = [
  [FollowUpStatus.OPEN, 3],
  [FollowUpStatus.IN_PROGRESS, 2],
];

function weighted<T>(random: () => number, choices: readonly (readonly [T, number])[]): T {
  let roll = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  return (choices.find(([, weight]) => (roll -= weight) < 0) ?? choices[0])[0];
}

function followUp(random: () => number, kind: WorkshopOutcomeKind, endsOn: string) {
  // A lesson is often simply written into the manual, with no follow-up date of its own.
  if (kind === 'LESSON_LEARNED' && random() < 0.5) {
    return { followUpDue: null, followUpStatus: random() < 0.7 ? FollowUpStatus.DONE : FollowUpStatus.OPEN };
  }
  const due = dayOf(endsOn) + between(random, 45, 200) * DAY;
  const followUpStatus = weighted(random, due < DEMO_TODAY ? PAST_DUE_STATUSES : FUTURE_DUE_STATUSES);
  return { followUpDue: isoDate(due), followUpStatus };
}

/** Cites the initiatives the text is about first, then others presented at the same workshop. */
function citedInitiatives(random: () => number, presented: DemoInitiative[], text: OutcomeText, must?: DemoInitiative) {
  const count = between(random, 1, 3);
  const about = presented.filter((i) => practises(i, text.activity));
  const first = must ?? (about.length ? pick(random, about) : undefined);
  const others = pickSome(
    random,
    presented.filter((i) => i !== first),
    first ? count - 1 : count,
    first ? count - 1 : count,
  );
  return [...(first ? [first] : []), ...others].map((i) => i.id);
}

const practises = (initiative: DemoInitiative, activity: string | undefined) =>
  activity !== undefined && (initiative.activities as readonly string[]).includes(activity);

/**
 * A text not yet used at this workshop and about something presented there (or general),
 * preferring the texts used least across the demo so that countries do not all conclude the same.
 */
function chooseText(
  random: () => number,
  texts: readonly OutcomeText[],
  options: { used: Set<string>; textUse: Map<string, number>; presented: DemoInitiative[]; must?: DemoInitiative },
): OutcomeText {
  const { used, textUse, presented, must } = options;
  const free = texts.filter((t) => !used.has(t.text));
  const relevant = free.filter((t) => !t.activity || presented.some((i) => practises(i, t.activity)));
  const specific = relevant.filter((t) => t.activity);
  const aboutMust = must ? relevant.filter((t) => t.activity === must.activities[0]) : [];
  // Half the time an outcome is about a way of working shown at the workshop, half the time general.
  const candidates = [aboutMust, random() < 0.5 ? specific : [], relevant, free].find((list) => list.length) ?? free;
  const least = Math.min(...candidates.map((t) => textUse.get(t.text) ?? 0));
  return pick(
    random,
    candidates.filter((t) => (textUse.get(t.text) ?? 0) === least),
  );
}

function buildWorkshop(
  plan: Plan,
  initiatives: readonly DemoInitiative[],
  partnerName: string,
  textUse: Map<string, number>,
): DemoWorkshop {
  const random = rng(`workshop:${plan.key}`);
  const id = demoId('workshop', plan.key);
  const firstOfNetwork = demoNetwork().initiatives[0];
  const ofCountry = initiatives.filter((i) => i.countryCode === plan.country.code);
  const partnerInitiatives = ofCountry.filter((i) => i.organizationId === plan.country.partnerOrganizationId);
  const city = (partnerInitiatives[0] ?? ofCountry[0]).city;

  let presented = pickSome(random, ofCountry, plan.presented[0], plan.presented[1]);
  // The first initiative of the demo network is the one every walkthrough opens: it must show outcomes.
  const mustCite = plan.kind === WorkshopKind.NATIONAL_WORKSHOP && firstOfNetwork.countryCode === plan.country.code;
  if (mustCite) presented = [firstOfNetwork, ...presented.filter((i) => i !== firstOfNetwork)];

  const startsOn = isoDate(Date.UTC(2017, plan.month - 1, between(random, 6, 24)));
  const endsOn = isoDate(dayOf(startsOn) + between(random, 0, 1) * DAY);

  const participants = Object.entries(plan.participants)
    .map(([kind, [min, max]]) => ({ kind: kind as WorkshopParticipantKind, count: between(random, min, max) }))
    .filter((group) => group.count > 0);

  const used = new Set<string>();
  const outcomes = Array.from({ length: between(random, 3, 5) }, (_, index): DemoOutcome => {
    // Every workshop yields a lesson and a recommendation; the rest vary.
    const kind = index < OUTCOME_KINDS.length ? OUTCOME_KINDS[index] : pick(random, OUTCOME_KINDS);
    const must = mustCite && index === 0 ? firstOfNetwork : undefined;
    const text = chooseText(random, plan.texts[kind], { used, textUse, presented, must });
    used.add(text.text);
    textUse.set(text.text, (textUse.get(text.text) ?? 0) + 1);
    return {
      id: demoId('workshop-outcome', `${plan.key}:${index + 1}`),
      workshopId: id,
      kind,
      text: text.text,
      ...followUp(random, kind, endsOn),
      initiativeIds: citedInitiatives(random, presented, text, must),
      createdAt: new Date(dayOf(endsOn) + between(random, 1, 6) * DAY + (10 * 60 + index) * 60_000),
    };
  });

  return {
    id,
    kind: plan.kind,
    title: plan.title,
    countryCode: plan.country.code,
    startsOn,
    endsOn,
    city,
    venue: `Meeting hall of ${partnerName}`,
    objectives: plan.objectives,
    initiativeIds: presented.map((i) => i.id),
    participants,
    createdAt: new Date(dayOf(startsOn) - 30 * DAY + 9 * 3_600_000),
    outcomes,
  };
}

/**
 * The demo year of workshops: a national workshop in every country of the demo network in 2017,
 * and two trainings on communication strategies, each with three to five outcomes that cite
 * initiatives of its country. Deterministic: same ids and texts on every call.
 */
export function demoWorkshops(): DemoWorkshop[] {
  const network = demoNetwork();
  const partnerName = (country: DemoCountry) =>
    network.organizations.find((o) => o.id === country.partnerOrganizationId)?.name ??
    `the national partner in ${country.name}`;
  const national = network.countries.map((country, index): Plan => ({
    key: `national-${country.code.toLowerCase()}-2017`,
    kind: WorkshopKind.NATIONAL_WORKSHOP,
    country,
    month: 2 + index,
    title: `I Get You national workshop – ${country.name} 2017`,
    objectives:
      `Present the community-building initiatives mapped in ${country.name}, learn what makes them work, ` +
      'and agree on recommendations for local, national and EU policymakers.',
    presented: [3, 6],
    participants: NATIONAL_PARTICIPANTS,
    texts: NATIONAL_WORKSHOP_OUTCOMES,
  }));
  const trainings = TRAININGS.map(({ countryCode, month }): Plan => {
    const country = network.countries.find((c) => c.code === countryCode);
    if (!country) throw new Error(`No demo country ${countryCode}`);
    return {
      key: `communication-training-${countryCode.toLowerCase()}-2017`,
      kind: WorkshopKind.COMMUNICATION_TRAINING,
      country,
      month,
      title: `Training on communication strategies – ${country.name} 2017`,
      objectives:
        'Train staff and volunteers of partner organisations to tell the stories of their initiatives ' +
        'safely and convincingly: informed consent, first-person storytelling, working with local media.',
      presented: [2, 3],
      participants: TRAINING_PARTICIPANTS,
      texts: COMMUNICATION_TRAINING_OUTCOMES,
    };
  });
  const textUse = new Map<string, number>();
  return [...national, ...trainings].map((plan) =>
    buildWorkshop(plan, network.initiatives, partnerName(plan.country), textUse),
  );
}
