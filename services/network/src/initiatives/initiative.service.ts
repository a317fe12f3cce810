import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  badUserInput,
  conflict,
  type Connection,
  decodeCursor,
  isUuid,
  notFound,
  paginate,
  prefixQuery,
  Problems,
  searchWords,
  type SortKey,
} from '@best/kit';
import type { NetworkContext } from '../context';
import { refuse } from '../network.access';
import { assertVersion } from '../concurrency';
import { Organization } from '../organizations/organization.entity';
import { assertNetworkCountry } from '../organizations/organization.service';
import { Initiative } from './initiative.entity';
import { InitiativeListing, InitiativeSort, InitiativeStatus } from './initiative.enums';
import type { InitiativesArgs } from './initiative.args';
import type {
  ArchiveInitiativeInput,
  CreateInitiativeInput,
  InitiativeDetailsInput,
  NewInitiativeInput,
  RestoreInitiativeInput,
  UpdateInitiativeInput,
} from './initiative.input';
import { canEditInitiative, canReadInitiative, listingCondition } from './initiative.access';
import { boundingBox, boxSql, haversineSql } from './initiative.geo';
import { MIN_FUZZY_LENGTH, WORD_SIMILARITY_THRESHOLD } from './initiative.search';

/** Distance given to initiatives without coordinates when sorting by distance: after every real one. */
const NO_LOCATION_KM = 100_000;

export class InitiativeService {
  constructor(
    private readonly ctx: NetworkContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The initiative if the caller may see it; a hidden one is as absent as an unknown one. */
  async byId(id: string): Promise<Initiative | null> {
    const initiative = await this.ctx.loaders.initiativeById.load(id);
    return initiative && canReadInitiative(this.ctx.viewer, initiative) ? initiative : null;
  }

  async list(args: InitiativesArgs): Promise<Connection<Initiative>> {
    const words = searchWords(args.search ?? '');
    const sort = args.sort ?? (words.length ? InitiativeSort.RELEVANCE : InitiativeSort.TITLE);
    const problems = new Problems();
    if (args.withinKm != null && !args.near) problems.add('near', 'is needed to search within a distance');
    if (sort === InitiativeSort.DISTANCE && !args.near) problems.add('near', 'is needed to sort by distance');
    if (sort === InitiativeSort.RELEVANCE && !words.length) problems.add('search', 'is needed to sort by relevance');
    problems.throwIfAny();
    for (const cursor of [args.after, args.before]) if (cursor) assertCursorFits(cursor, sort);

    const run = (manager: EntityManager) => {
      const query = manager.getRepository(Initiative).createQueryBuilder('initiative');
      this.filter(query, args, words);
      return paginate(query, args, sortKey(sort));
    };
    if (!words.length) return run(this.ctx.dataSource.manager);
    // The trigram operator reads its threshold from a setting, which SET LOCAL keeps to this transaction.
    return this.ctx.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
        String(WORD_SIMILARITY_THRESHOLD),
      ]);
      return run(tx);
    });
  }

  private filter(query: SelectQueryBuilder<Initiative>, args: InitiativesArgs, words: string[]): void {
    const visible = listingCondition(this.ctx.viewer, args.listing);
    query.where(visible.sql, visible.params);
    if (args.countryCode)
      query.andWhere('initiative.country_code = :country', { country: args.countryCode.toUpperCase() });
    if (args.organizationId) query.andWhere('initiative.organization_id = :org', { org: args.organizationId });
    if (args.targetGroup) query.andWhere(':group = ANY(initiative.target_groups)', { group: args.targetGroup });
    if (args.activity) query.andWhere(':activity = ANY(initiative.activities)', { activity: args.activity });
    if (args.status) query.andWhere('initiative.status = :status', { status: args.status });
    words.forEach((word, i) => {
      const prefix = `initiative.search_vector @@ to_tsquery('simple', :prefix${i})`;
      const fuzzy = `:word${i} <% initiative.search_text`;
      query.andWhere(word.length >= MIN_FUZZY_LENGTH ? `(${prefix} OR ${fuzzy})` : prefix, {
        [`prefix${i}`]: `${word}:*`,
        [`word${i}`]: word,
      });
    });
    if (words.length) query.setParameters({ anyWord: prefixQuery(words, '|'), allWords: words.join(' ') });
    if (args.near) {
      query.setParameters({ nearLat: args.near.latitude, nearLon: args.near.longitude });
      if (args.withinKm != null) {
        const box = boundingBox(args.near, args.withinKm);
        query
          .andWhere(boxSql('initiative'), {
            boxMinLat: box.minLatitude,
            boxMaxLat: box.maxLatitude,
            boxMinLon: box.minLongitude,
            boxMaxLon: box.maxLongitude,
          })
          .andWhere(`${haversineSql('initiative')} <= :withinKm`, { withinKm: args.withinKm });
      }
    }
  }

  async create(input: CreateInitiativeInput): Promise<Initiative> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === 'ANONYMOUS') throw refuse(viewer, 'add initiatives');
    const id = await this.ctx.dataSource.transaction(async (tx) => {
      const organization = isUuid(input.organizationId)
        ? await tx.getRepository(Organization).findOneBy({ id: input.organizationId })
        : null;
      if (!organization) throw notFound('Organisation', input.organizationId);
      const countryCode = (input.countryCode ?? organization.countryCode).toUpperCase();
      const draft = { listing: InitiativeListing.LISTED, countryCode, organizationId: organization.id };
      if (!canEditInitiative(viewer, draft)) {
        throw refuse(
          viewer,
          `add initiatives of ${organization.name}`,
          'only admins, the coordinator of the country and the organisation itself can',
        );
      }
      await assertNetworkCountry(tx, countryCode);
      const fields = newInitiativeFields(input);
      checkFacts(fields);
      const { identifiers } = await tx.getRepository(Initiative).insert({
        ...fields,
        ...draft,
        createdAt: this.now(),
      });
      return identifiers[0].id as string;
    });
    return this.reload(id);
  }

  async update(input: UpdateInitiativeInput): Promise<Initiative> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === 'ANONYMOUS') throw refuse(viewer, 'edit initiatives');
    const problems = new Problems();
    for (const field of ['title', 'summary', 'city', 'targetGroups', 'activities', 'status'] as const) {
      if (input[field] === null) problems.add(field, 'cannot be removed; give a new value instead');
    }
    problems.throwIfAny();

    await this.ctx.dataSource.transaction(async (tx) => {
      const initiative = await this.lockForChange(tx, input.id);
      if (!canEditInitiative(viewer, initiative)) throw refuse(viewer, `edit "${initiative.title}"`);
      assertVersion('initiative', initiative.version, input.expectedVersion);
      if (input.title != null) initiative.title = input.title.trim();
      if (input.summary != null) initiative.summary = input.summary.trim();
      if (input.city != null) initiative.city = input.city.trim();
      if (input.targetGroups != null) initiative.targetGroups = input.targetGroups;
      if (input.activities != null) initiative.activities = input.activities;
      if (input.status != null) initiative.status = input.status;
      if (input.organizationId != null && input.organizationId !== initiative.organizationId) {
        const exists = await tx.getRepository(Organization).existsBy({ id: input.organizationId });
        if (!exists) throw notFound('Organisation', input.organizationId);
        initiative.organizationId = input.organizationId;
      }
      if (input.countryCode != null && input.countryCode.toUpperCase() !== initiative.countryCode) {
        initiative.countryCode = input.countryCode.toUpperCase();
        await assertNetworkCountry(tx, initiative.countryCode);
      }
      // The caller must be allowed both where the initiative was and where it goes.
      if (!canEditInitiative(viewer, initiative)) {
        throw refuse(viewer, `hand "${initiative.title}" to that organisation or country`);
      }
      Object.assign(initiative, detailsChanges(input));
      checkFacts(initiative);
      await tx.getRepository(Initiative).save(initiative);
    });
    return this.reload(input.id);
  }

  async archive(input: ArchiveInitiativeInput): Promise<Initiative> {
    return this.changeListing(input, 'archive', InitiativeListing.LISTED, (initiative) => {
      initiative.listing = InitiativeListing.ARCHIVED;
      initiative.archivedAt = this.now();
      initiative.archiveReason = input.reason?.trim() || null;
    });
  }

  async restore(input: RestoreInitiativeInput): Promise<Initiative> {
    return this.changeListing(input, 'restore', InitiativeListing.ARCHIVED, (initiative) => {
      initiative.listing = InitiativeListing.LISTED;
      initiative.archivedAt = null;
      initiative.archiveReason = null;
    });
  }

  private async changeListing(
    input: { id: string; expectedVersion: number },
    verb: 'archive' | 'restore',
    from: InitiativeListing,
    change: (initiative: Initiative) => void,
  ): Promise<Initiative> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === 'ANONYMOUS') throw refuse(viewer, `${verb} initiatives`);
    await this.ctx.dataSource.transaction(async (tx) => {
      const initiative = await this.lockForChange(tx, input.id);
      if (!canEditInitiative(viewer, initiative)) throw refuse(viewer, `${verb} "${initiative.title}"`);
      assertVersion('initiative', initiative.version, input.expectedVersion);
      if (initiative.listing !== from) {
        throw conflict(
          `"${initiative.title}" is ${initiative.listing}; only a${from === InitiativeListing.ARCHIVED ? 'n' : ''} ` +
            `${from} initiative can be ${verb}d.`,
        );
      }
      change(initiative);
      await tx.getRepository(Initiative).save(initiative);
    });
    return this.reload(input.id);
  }

  /**
   * The row, locked until the transaction ends: concurrent changes queue instead of interleaving.
   * The caller's rights are checked after, so a write outside the rules is FORBIDDEN, not NOT_FOUND.
   */
  async lockForChange(tx: EntityManager, id: string): Promise<Initiative> {
    const initiative = isUuid(id)
      ? await tx.getRepository(Initiative).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  async reload(id: string): Promise<Initiative> {
    this.ctx.loaders.initiativeById.clear(id);
    return (await this.ctx.loaders.initiativeById.load(id))!;
  }

  static loadMany(ctx: Pick<NetworkContext, 'dataSource'>, ids: readonly string[]): Promise<Initiative[]> {
    // A malformed id cannot match a row and must not reach PostgreSQL as a uuid.
    return ctx.dataSource.getRepository(Initiative).findBy({ id: In(ids.filter(isUuid)) });
  }
}

function sortKey(sort: InitiativeSort): SortKey<Initiative> {
  switch (sort) {
    case InitiativeSort.RELEVANCE:
      // Rounded so that the value in the cursor compares exactly with the expression.
      return {
        column:
          `round(CAST(ts_rank_cd(initiative.search_vector, to_tsquery('simple', :anyWord)) + ` +
          `word_similarity(:allWords, initiative.search_text) AS numeric), 6)`,
        direction: 'DESC',
      };
    case InitiativeSort.DISTANCE:
      return {
        column: `coalesce(round(CAST(${haversineSql('initiative')} AS numeric), 6), ${NO_LOCATION_KM})`,
        direction: 'ASC',
      };
    case InitiativeSort.NEWEST:
      return { column: 'initiative.created_at', value: (i) => i.createdAt, direction: 'DESC' };
    case InitiativeSort.TITLE:
      return { column: 'initiative.title', value: (i) => i.title };
  }
}

/** A cursor of another sort would compare a title with a number: refuse it before SQL does. */
function assertCursorFits(cursor: string, sort: InitiativeSort): void {
  const [value, id] = decodeCursor(cursor);
  const fits =
    isUuid(id) &&
    (sort === InitiativeSort.TITLE
      ? typeof value === 'string'
      : sort === InitiativeSort.NEWEST
        ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
        : (typeof value === 'string' || typeof value === 'number') && /^-?\d+(\.\d+)?$/.test(String(value)));
  if (!fits) {
    throw badUserInput('This cursor belongs to another sort of the list. Start again from the first page.', [
      { field: 'after', message: `is not a cursor of the ${sort} sort` },
    ]);
  }
}

type InitiativeFields = Omit<
  Initiative,
  | 'id'
  | 'organizationId'
  | 'countryCode'
  | 'listing'
  | 'archivedAt'
  | 'archiveReason'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
>;

/** Every column of a new initiative from a create or propose input, trimmed, absent ones empty. */
export function newInitiativeFields(input: NewInitiativeInput): InitiativeFields {
  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    city: input.city.trim(),
    targetGroups: input.targetGroups,
    activities: input.activities,
    status: input.status ?? InitiativeStatus.ACTIVE,
    description: '',
    challenge: '',
    goals: '',
    howItWorks: '',
    results: '',
    evaluation: '',
    beneficiaries: '',
    funding: '',
    meetingPlace: null,
    meetingTimes: null,
    latitude: null,
    longitude: null,
    startDate: null,
    endDate: null,
    participantsLocals: 0,
    participantsMigrants: 0,
    volunteers: 0,
    languages: [],
    links: [],
    ...detailsChanges(input),
  };
}

const TEXTS = [
  'description',
  'challenge',
  'goals',
  'howItWorks',
  'results',
  'evaluation',
  'beneficiaries',
  'funding',
] as const;
const OPTIONAL_TEXTS = ['meetingPlace', 'meetingTimes'] as const;
const FIGURES = ['participantsLocals', 'participantsMigrants', 'volunteers'] as const;
const NULLABLE = ['latitude', 'longitude', 'startDate', 'endDate'] as const;
const LISTS = ['languages', 'links'] as const;

/** The optional facts an input gives: left out stays, null clears (to '', 0, [] or null). */
export function detailsChanges(input: InitiativeDetailsInput): Partial<InitiativeFields> {
  const changes: Partial<Record<keyof InitiativeFields, unknown>> = {};
  for (const key of TEXTS) if (input[key] !== undefined) changes[key] = input[key]?.trim() ?? '';
  for (const key of OPTIONAL_TEXTS) if (input[key] !== undefined) changes[key] = input[key]?.trim() || null;
  for (const key of FIGURES) if (input[key] !== undefined) changes[key] = input[key] ?? 0;
  for (const key of NULLABLE) if (input[key] !== undefined) changes[key] = input[key];
  for (const key of LISTS) if (input[key] !== undefined) changes[key] = input[key] ?? [];
  return changes as Partial<InitiativeFields>;
}

/** The rules between fields, checked on the initiative as it will be saved. */
export function checkFacts(initiative: Pick<Initiative, 'latitude' | 'longitude' | 'startDate' | 'endDate'>): void {
  const problems = new Problems();
  if ((initiative.latitude == null) !== (initiative.longitude == null)) {
    problems.add(initiative.latitude == null ? 'latitude' : 'longitude', 'give both coordinates, or neither');
  }
  if (initiative.startDate && initiative.endDate && initiative.endDate < initiative.startDate) {
    problems.add('endDate', `must not be before startDate (${initiative.startDate})`);
  }
  problems.throwIfAny();
}
