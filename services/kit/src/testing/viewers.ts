import { DEMO_IDENTITY_SECRET } from '../env/secrets';
import { signIdentity } from '../identity/identity-signature';
import { ANONYMOUS, Role, Scope, type Viewer } from '../identity/viewer';

/** Tests sign requests the way the gateway does, with the demo secret. */
export const TEST_IDENTITY_SECRET = DEMO_IDENTITY_SECRET;

/** Headers that make a request come from `viewer` through the gateway (a new nonce each call). */
export const headersFor = (viewer: Viewer = ANONYMOUS, secret = TEST_IDENTITY_SECRET) => ({
  'apollo-require-preflight': 'true',
  ...signIdentity(viewer, secret),
});

/** Callers for rule tests; override what a test needs (`viewers.coordinator('MT')`). */
export const viewers = {
  anonymous: (): Viewer => ANONYMOUS,
  admin: (): Viewer => ({
    ...ANONYMOUS,
    kind: 'USER',
    id: 'a0000000-0000-4000-8000-000000000001',
    role: Role.ADMIN,
    displayName: 'Test Admin',
  }),
  coordinator: (countryCode: string): Viewer => ({
    ...ANONYMOUS,
    kind: 'USER',
    id: 'a0000000-0000-4000-8000-000000000002',
    role: Role.NATIONAL_COORDINATOR,
    countryCode,
    displayName: `Test Coordinator ${countryCode}`,
  }),
  member: (organizationId: string, countryCode: string): Viewer => ({
    ...ANONYMOUS,
    kind: 'USER',
    id: 'a0000000-0000-4000-8000-000000000003',
    role: Role.ORGANIZATION_MEMBER,
    organizationId,
    countryCode,
    displayName: 'Test Member',
  }),
  juror: (id = 'a0000000-0000-4000-8000-000000000004'): Viewer => ({
    ...ANONYMOUS,
    kind: 'USER',
    id,
    role: Role.JUROR,
    displayName: 'Test Juror',
  }),
  viewer: (): Viewer => ({
    ...ANONYMOUS,
    kind: 'USER',
    id: 'a0000000-0000-4000-8000-000000000005',
    role: Role.VIEWER,
    displayName: 'Test Viewer',
  }),
  token: (organizationId: string, countryCode: string, scopes: Scope[] = [Scope.READ]): Viewer => ({
    ...ANONYMOUS,
    kind: 'TOKEN',
    id: 'a0000000-0000-4000-8000-000000000006',
    role: Role.ORGANIZATION_MEMBER,
    organizationId,
    countryCode,
    scopes,
    displayName: 'Test Token',
  }),
};
