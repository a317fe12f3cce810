/** What a caller is to the platform. Roles come from PRODUCT.md "Who uses it". */
export const Role = {
  /** European coordination staff: everything. */
  ADMIN: 'ADMIN',
  /** Staff of one country: that country's network, award, stories, workshops. */
  NATIONAL_COORDINATOR: 'NATIONAL_COORDINATOR',
  /** A member of one organisation: its organisation and initiatives, its nominations and stories. */
  ORGANIZATION_MEMBER: 'ORGANIZATION_MEMBER',
  /** A juror of the award editions they are assigned to (assignments live in the awards subgraph). */
  JUROR: 'JUROR',
  /** Reads what the network may read; changes nothing. */
  VIEWER: 'VIEWER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** What a partner API token may do. Users have every scope their role allows. */
export const Scope = { READ: 'READ', WRITE: 'WRITE', EXPORT: 'EXPORT' } as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export interface Viewer {
  /** ANONYMOUS: no credentials. USER: a signed-in person. TOKEN: a partner integration. SYSTEM: seeds and jobs, never a request. */
  kind: 'ANONYMOUS' | 'USER' | 'TOKEN' | 'SYSTEM';
  /** The user's or the token's id; null when anonymous. */
  id: string | null;
  role: Role | null;
  countryCode: string | null;
  organizationId: string | null;
  scopes: Scope[];
  /** For audit lines and "changed by"; never shown to other callers as personal data. */
  displayName: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({
  kind: 'ANONYMOUS',
  id: null,
  role: null,
  countryCode: null,
  organizationId: null,
  scopes: [],
  displayName: null,
}) as Viewer;

/** The platform itself (demo seed, migrations' backfills, jobs): acts with an admin's rights, never arrives over HTTP. */
export const SYSTEM: Viewer = Object.freeze({
  kind: 'SYSTEM',
  id: null,
  role: Role.ADMIN,
  countryCode: null,
  organizationId: null,
  scopes: ['READ', 'WRITE', 'EXPORT'],
  displayName: 'B.E.S.T. platform',
}) as Viewer;

export const isStaff = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.NATIONAL_COORDINATOR;

/** Signed-in people and tokens of the network: may see what is shared with the network. */
export const isNetworkMember = (viewer: Viewer) => viewer.kind !== 'ANONYMOUS' && viewer.role !== null;

/** What the network may read: signed-in people, and tokens that carry the READ scope. */
export const canReadNetwork = (viewer: Viewer) => isNetworkMember(viewer) && hasScope(viewer, Scope.READ);

/** Admins see every country; a coordinator only theirs. */
export const coordinatesCountry = (viewer: Viewer, countryCode: string) =>
  viewer.role === Role.ADMIN || (viewer.role === Role.NATIONAL_COORDINATOR && viewer.countryCode === countryCode);

export const hasScope = (viewer: Viewer, scope: Scope) =>
  viewer.kind === 'USER' || viewer.kind === 'SYSTEM' || viewer.scopes.includes(scope);
