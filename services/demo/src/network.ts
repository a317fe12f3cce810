import { demoId } from './ids';
import { ORGANIZATION_SEEDS, type OrganizationSeed } from './organizations';
import { MAX_JITTER, PLACES, cityOf, placeOf } from './places';
import { between, pick, rng } from './random';
import { TEMPLATES, type InitiativeTemplate } from './templates';
import { addDays, isoDate, isoDateTime, monthYear, slugify } from './text';
import {
  ACTIVITIES,
  EUROPEAN_COORDINATOR,
  MOVE_REASONS,
  PARTNER_REASONS,
  TARGET_GROUPS,
  type Activity,
  type InitiativeStatus,
  type MembershipStage,
  type OrganizationKind,
  type TargetGroup,
} from './vocabulary';

export interface DemoCountry {
  code: string;
  name: string;
  partnerOrganizationId: string;
}

export interface DemoMembershipStep {
  from: MembershipStage | null;
  to: MembershipStage;
  /** ISO date-time. */
  at: string;
  /** Fictional staff display name (one of DEMO_STAFF). */
  by: string;
  reason: string;
}

export interface DemoOrganization {
  id: string;
  name: string;
  countryCode: string;
  kind: OrganizationKind;
  website: string | null;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  membershipStage: MembershipStage;
  /** Chronological, from null→IDENTIFIED up to the current stage, by allowed moves only. */
  history: DemoMembershipStep[];
  createdAt: string;
}

export interface DemoInitiative {
  id: string;
  organizationId: string;
  countryCode: string;
  title: string;
  /** At most 280 characters. */
  summary: string;
  description: string;
  city: string;
  latitude: number;
  longitude: number;
  targetGroups: TargetGroup[];
  activities: Activity[];
  /** YYYY-MM-DD. */
  startDate: string;
  endDate: string | null;
  status: InitiativeStatus;
  participantsLocals: number;
  participantsMigrants: number;
  volunteers: number;
  /** ISO 639-1 codes, local languages first. */
  languages: string[];
  links: string[];
  createdAt: string;
}

export interface DemoNetwork {
  countries: DemoCountry[];
  organizations: DemoOrganization[];
  initiatives: DemoInitiative[];
}

const NETWORK_START = Date.UTC(2016, 0, 11);
const LAST_DAY = Date.UTC(2017, 11, 31);
const EARLIEST_INITIATIVE = Date.UTC(2012, 8, 1);
const LATEST_INITIATIVE = Date.UTC(2017, 5, 30);

/** Languages newcomers speak, weighted by how often the demo lists them. */
const NEWCOMER_LANGUAGES: readonly (readonly [string, number])[] = [
  ['en', 6],
  ['ar', 5],
  ['fa', 4],
  ['ti', 3],
  ['uk', 2],
  ['ps', 1],
  ['so', 1],
  ['ur', 1],
  ['ku', 1],
];

/** A moment on the given day's working hours (08:00–17:59 UTC). */
function workingTime(random: () => number, day: number): number {
  return day + between(random, 8 * 60, 17 * 60 + 59) * 60_000;
}

function membershipPath(stage: MembershipStage, partner: boolean, random: () => number): MembershipStage[] {
  const toInvited: MembershipStage[] = ['IDENTIFIED', 'CONTACTED', 'INVITED'];
  switch (stage) {
    case 'IDENTIFIED':
      return ['IDENTIFIED'];
    case 'CONTACTED':
      return random() < 0.35 ? ['IDENTIFIED', 'CONTACTED', 'DECLINED', 'CONTACTED'] : ['IDENTIFIED', 'CONTACTED'];
    case 'INVITED':
      return random() < 0.2 ? ['IDENTIFIED', 'CONTACTED', 'DECLINED', 'CONTACTED', 'INVITED'] : toInvited;
    case 'MEMBER':
      return !partner && random() < 0.25 ? [...toInvited, 'MEMBER', 'INACTIVE', 'MEMBER'] : [...toInvited, 'MEMBER'];
    case 'DECLINED':
      return [...toInvited.slice(0, between(random, 1, 3)), 'DECLINED'];
    case 'INACTIVE':
      return [...toInvited, 'MEMBER', 'INACTIVE'];
  }
}

function membershipHistory(seed: OrganizationSeed, random: () => number): DemoMembershipStep[] {
  const partner = seed.kind === 'JRS_OFFICE';
  const by = partner ? EUROPEAN_COORDINATOR : placeOf(seed.countryCode).coordinator;
  let day = partner ? addDays(NETWORK_START, between(random, 0, 10)) : addDays(NETWORK_START, between(random, 14, 170));
  let from: MembershipStage | null = null;
  const steps: DemoMembershipStep[] = [];
  for (const to of membershipPath(seed.stage, partner, random)) {
    const key = `${from ?? 'NONE'}→${to}`;
    const reason =
      (partner ? PARTNER_REASONS[key] : undefined) ?? pick(random, MOVE_REASONS[key] ?? ['Updated by staff']);
    steps.push({ from, to, at: isoDateTime(workingTime(random, day)), by, reason });
    day = addDays(day, partner ? between(random, 2, 10) : between(random, 7, 55));
    from = to;
  }
  return steps;
}

function buildOrganization(seed: OrganizationSeed, index: number): DemoOrganization {
  const slug = slugify(seed.name);
  const random = rng(`organization:${slug}`);
  const place = placeOf(seed.countryCode);
  const history = membershipHistory(seed, random);
  const first = pick(random, place.firstNames);
  const last = pick(random, place.surnames);
  const informal = seed.kind === 'COMMUNITY_GROUP' && random() < 0.5;
  return {
    id: demoId('organization', slug),
    name: seed.name,
    countryCode: seed.countryCode,
    kind: seed.kind,
    website: informal ? null : `https://${slug}.example.org`,
    description: seed.description,
    contactName: `${first} ${last}`,
    contactEmail: `${slugify(first)}.${slugify(last)}@${slug}.example.org`,
    contactPhone: `+${place.callingCode} 000 000 ${String(101 + index * 23).padStart(4, '0')}`,
    membershipStage: seed.stage,
    history,
    createdAt: history[0].at,
  };
}

function weightedLanguages(random: () => number, count: number): string[] {
  const chosen: string[] = [];
  const total = NEWCOMER_LANGUAGES.reduce((sum, [, weight]) => sum + weight, 0);
  while (chosen.length < count) {
    let roll = random() * total;
    const found = NEWCOMER_LANGUAGES.find(([, weight]) => (roll -= weight) < 0) ?? NEWCOMER_LANGUAGES[0];
    if (!chosen.includes(found[0])) chosen.push(found[0]);
  }
  return NEWCOMER_LANGUAGES.map(([code]) => code).filter((code) => chosen.includes(code));
}

function inOrder<T>(all: readonly T[], chosen: Iterable<T>): T[] {
  const set = new Set(chosen);
  return all.filter((item) => set.has(item));
}

const round5 = (value: number): number => Math.round(value * 100_000) / 100_000;

interface InitiativeContext {
  index: number;
  organization: DemoOrganization;
  organizationCity: string;
  preferOrganizationCity: boolean;
  templateUse: Map<InitiativeTemplate, number>;
  titles: Set<string>;
}

function chooseTemplate(
  random: () => number,
  activity: Activity,
  kind: OrganizationKind,
  use: Map<InitiativeTemplate, number>,
) {
  const fitting = TEMPLATES.filter((tpl) => tpl.activities[0] === activity && (!tpl.by || tpl.by.includes(kind)));
  const least = Math.min(...fitting.map((tpl) => use.get(tpl) ?? 0));
  const template = pick(
    random,
    fitting.filter((tpl) => (use.get(tpl) ?? 0) === least),
  );
  use.set(template, least + 1);
  return template;
}

function buildInitiative(context: InitiativeContext): DemoInitiative {
  const { index, organization } = context;
  const random = rng(`initiative:${index}`);
  const place = placeOf(organization.countryCode);
  const template = chooseTemplate(
    random,
    ACTIVITIES[index % ACTIVITIES.length],
    organization.kind,
    context.templateUse,
  );

  // If the title is taken in the preferred city, try the others, starting from a random one.
  const offset = between(random, 0, place.cities.length - 1);
  const others = place.cities.map((_, i) => place.cities[(i + offset) % place.cities.length].name);
  const preferred = context.preferOrganizationCity ? context.organizationCity : pick(random, place.cities).name;
  const cityName =
    [preferred, ...others].find((name) => !context.titles.has(template.title.replace('{city}', name))) ?? preferred;
  const city = cityOf(place.code, cityName);
  const title = template.title.replace('{city}', city.name);
  context.titles.add(title);

  const targetGroups = new Set<TargetGroup>(template.targetGroups);
  if (organization.kind === 'FAITH_COMMUNITY') targetGroups.add('PARISHIONERS');
  if (random() < 0.25) targetGroups.add(pick(random, TARGET_GROUPS));
  const activities = new Set<Activity>(template.activities);
  if (random() < 0.2) activities.add(pick(random, ACTIVITIES));

  const roll = random();
  const status: InitiativeStatus = roll < 0.72 ? 'ACTIVE' : roll < 0.86 ? 'PAUSED' : 'ENDED';
  const startDay = addDays(
    EARLIEST_INITIATIVE,
    between(random, 0, Math.round((LATEST_INITIATIVE - EARLIEST_INITIATIVE) / 86_400_000)),
  );
  const startDate = isoDate(startDay);
  const endDate = status === 'ENDED' ? isoDate(Math.min(addDays(startDay, between(random, 180, 900)), LAST_DAY)) : null;

  const people = 25 + Math.floor(random() ** 1.6 * 246);
  const participantsMigrants = Math.round(people * (0.35 + random() * 0.25));
  const participantsLocals = people - participantsMigrants;
  const volunteers = 2 + Math.floor(random() * (people * 0.1 + 1));

  const languages = [...city.languages];
  for (const code of weightedLanguages(random, between(random, 1, 3))) {
    if (!languages.includes(code)) languages.push(code);
  }

  const titleSlug = slugify(title);
  const site = organization.website ?? 'https://community.example.org';
  const links = [`${site}/initiatives/${titleSlug}`];
  if (random() < 0.4) links.push(`https://video.example.org/i-get-you/${place.code.toLowerCase()}/${titleSlug}`);

  const sentences = [
    template.how,
    `Run by ${organization.name} since ${monthYear(startDate)}.`,
    `About ${participantsLocals} local residents and ${participantsMigrants} people who were forced to flee take part, with ${volunteers} volunteers.`,
  ];
  if (status === 'ENDED' && endDate) sentences.push(`The programme ended in ${monthYear(endDate)}.`);
  if (status === 'PAUSED') sentences.push('Meetings are paused while the group looks for a new meeting place.');

  const recorded = Math.max(Date.parse(organization.createdAt), startDay);
  const jitter = (): number => (random() * 2 - 1) * (place.spread ?? MAX_JITTER);

  return {
    id: demoId('initiative', index + 1),
    organizationId: organization.id,
    countryCode: place.code,
    title,
    summary: template.summary.replace(/\{city\}/g, city.name),
    description: sentences.join(' '),
    city: city.name,
    latitude: round5(city.latitude + jitter()),
    longitude: round5(city.longitude + jitter()),
    targetGroups: inOrder(TARGET_GROUPS, targetGroups),
    activities: inOrder(ACTIVITIES, activities),
    startDate,
    endDate,
    status,
    participantsLocals,
    participantsMigrants,
    volunteers,
    languages,
    links,
    createdAt: isoDateTime(Math.min(workingTime(random, addDays(recorded, between(random, 1, 60))), LAST_DAY)),
  };
}

function buildNetwork(): DemoNetwork {
  const organizations = ORGANIZATION_SEEDS.map(buildOrganization);
  const countries = PLACES.map((place): DemoCountry => {
    const partner = organizations.find((o) => o.countryCode === place.code && o.kind === 'JRS_OFFICE');
    if (!partner) throw new Error(`No national partner for ${place.code}`);
    return { code: place.code, name: place.name, partnerOrganizationId: partner.id };
  });

  const initiatives: DemoInitiative[] = [];
  const templateUse = new Map<InitiativeTemplate, number>();
  const titles = new Set<string>();
  for (const place of PLACES) {
    const seeds = ORGANIZATION_SEEDS.filter((s) => s.countryCode === place.code);
    // Two initiatives per organisation: the first in its own city, the second anywhere in the country.
    for (let round = 0; round < 2; round++) {
      for (const seed of seeds) {
        const organization = organizations[ORGANIZATION_SEEDS.indexOf(seed)];
        initiatives.push(
          buildInitiative({
            index: initiatives.length,
            organization,
            organizationCity: seed.city,
            preferOrganizationCity: round === 0,
            templateUse,
            titles,
          }),
        );
      }
    }
  }
  return { countries, organizations, initiatives };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

let memo: DemoNetwork | undefined;

/**
 * The whole demo network: 9 countries, 40 organisations, 80 initiatives. Built once and frozen;
 * every call returns the same object (copy it before changing anything).
 */
export function demoNetwork(): DemoNetwork {
  memo ??= deepFreeze(buildNetwork());
  return memo;
}
