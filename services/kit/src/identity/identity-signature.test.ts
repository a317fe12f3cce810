import { ANONYMOUS, Role, type Viewer } from './viewer';
import { IDENTITY_HEADER, MAX_IDENTITY_AGE_MS, NonceLedger, signIdentity, verifyIdentity } from './identity-signature';

const secret = 'test-secret-of-enough-length-000000';
const coordinator: Viewer = {
  ...ANONYMOUS,
  kind: 'USER',
  id: 'u1',
  role: Role.NATIONAL_COORDINATOR,
  countryCode: 'MT',
  displayName: 'Demo',
};

describe('identity signed by the gateway', () => {
  it('a fresh signature gives back the identity it signed', () => {
    expect(verifyIdentity(signIdentity(coordinator, secret), secret, new NonceLedger())).toEqual(coordinator);
  });

  it('a request without the headers is refused', () => {
    expect(() => verifyIdentity({}, secret, new NonceLedger())).toThrow('not signed by the gateway');
  });

  it('a signature made with another secret is refused', () => {
    expect(() => verifyIdentity(signIdentity(coordinator, 'another-secret'), secret, new NonceLedger())).toThrow(
      'bad signature',
    );
  });

  it('an identity changed after signing is refused', () => {
    const headers = signIdentity(ANONYMOUS, secret);
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(headers[IDENTITY_HEADER], 'base64url').toString()),
        viewer: coordinator,
      }),
    ).toString('base64url');
    expect(() => verifyIdentity({ ...headers, [IDENTITY_HEADER]: forged }, secret, new NonceLedger())).toThrow(
      'bad signature',
    );
  });

  it('a captured header replayed is refused the second time', () => {
    const ledger = new NonceLedger();
    const headers = signIdentity(coordinator, secret);
    verifyIdentity(headers, secret, ledger);
    expect(() => verifyIdentity(headers, secret, ledger)).toThrow('replayed identity');
  });

  it('a header older than the allowed age is refused even if never used', () => {
    const headers = signIdentity(coordinator, secret, Date.now() - MAX_IDENTITY_AGE_MS - 1000);
    expect(() => verifyIdentity(headers, secret, new NonceLedger())).toThrow('stale identity');
  });
});
