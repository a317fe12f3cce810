import { Scope, type Viewer } from '../identity/viewer';
import { viewers } from './viewers';

/** The callers every access rule tells apart: the rows of each subgraph's access matrix. */
export const CALLER_KEYS = [
  'anonymous',
  'admin',
  'coordinator',
  'otherCoordinator',
  'member',
  'otherMember',
  'juror',
  'viewer',
  'readToken',
  'writeToken',
] as const;
export type CallerKey = (typeof CALLER_KEYS)[number];

export interface CallerPlace<Extra extends string> {
  /** What the rows are about, in their names: "workshop" gives "the coordinator of the workshop’s country". */
  subject: string;
  /** The country of the thing under test. */
  countryCode: string;
  /** The organisation whose member and tokens are "ours". */
  organizationId: string;
  /** The organisation of `otherMember` (another country unless a matrix says otherwise). */
  otherOrganization: { id: string; countryCode: string };
  /** The country of `otherCoordinator` (default FR, or IT when the subject is French). */
  otherCountryCode?: string;
  /** Row names that say more than the defaults (a story's "recording organisation"). */
  names?: Partial<Record<CallerKey, string>>;
  /** Callers only this subgraph tells apart (awards: a juror on the edition's jury), after the others. */
  extra?: Record<Extra, { viewer: Viewer; name: string }>;
}

export interface CallerMatrix<Key extends string> {
  CALLERS: Record<Key, Viewer>;
  CALLER_NAMES: Record<Key, string>;
  /** Rows for `it.each`: one per caller, with what the rule expects for that caller. */
  matrix: <T>(expected: Record<Key, T>) => { key: Key; caller: string; viewer: Viewer; expected: T }[];
}

/** One shared caller matrix, placed in a subgraph's test world: the same rows, named for its subject. */
export function callerMatrix<Extra extends string = never>(place: CallerPlace<Extra>): CallerMatrix<CallerKey | Extra> {
  const { subject, countryCode, organizationId, otherOrganization } = place;
  const otherCountry = place.otherCountryCode ?? (countryCode === 'FR' ? 'IT' : 'FR');
  const ours = `the ${subject}’s country`;
  const base: Record<CallerKey, { viewer: Viewer; name: string }> = {
    anonymous: { viewer: viewers.anonymous(), name: 'anonymous' },
    admin: { viewer: viewers.admin(), name: 'an admin' },
    coordinator: { viewer: viewers.coordinator(countryCode), name: `the coordinator of ${ours}` },
    otherCoordinator: { viewer: viewers.coordinator(otherCountry), name: 'the coordinator of another country' },
    member: {
      viewer: viewers.member(organizationId, countryCode),
      name: `a member of an organisation of ${ours}`,
    },
    otherMember: {
      viewer: viewers.member(otherOrganization.id, otherOrganization.countryCode),
      name: 'a member of an organisation of another country',
    },
    juror: { viewer: viewers.juror(), name: 'a juror' },
    viewer: { viewer: viewers.viewer(), name: 'a read-only network viewer' },
    readToken: {
      viewer: viewers.token(organizationId, countryCode, [Scope.READ]),
      name: `a READ token of an organisation of ${ours}`,
    },
    writeToken: {
      viewer: viewers.token(organizationId, countryCode, [Scope.READ, Scope.WRITE]),
      name: `a WRITE token of an organisation of ${ours}`,
    },
  };
  for (const [key, name] of Object.entries(place.names ?? {}) as [CallerKey, string][]) base[key].name = name;
  const rows = { ...base, ...(place.extra ?? {}) } as Record<CallerKey | Extra, { viewer: Viewer; name: string }>;
  const keys = Object.keys(rows) as (CallerKey | Extra)[];
  const pick = <V>(f: (row: { viewer: Viewer; name: string }) => V) =>
    Object.fromEntries(keys.map((key) => [key, f(rows[key])])) as Record<CallerKey | Extra, V>;
  return {
    CALLERS: pick((row) => row.viewer),
    CALLER_NAMES: pick((row) => row.name),
    matrix: (expected) =>
      keys.map((key) => ({ key, caller: rows[key].name, viewer: rows[key].viewer, expected: expected[key] })),
  };
}
