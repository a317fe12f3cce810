import { ANONYMOUS, signIdentity, type Viewer } from '@best/kit';
import { TEST_IDENTITY_SECRET, type TestSubgraph } from '@best/kit/testing';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';

export interface InternalRoutes {
  /** A call to the gateway-only routes under /internal, signed like the gateway. */
  internal: (path: string, body: unknown, signed?: boolean) => Promise<{ status: number; body: any }>;
  /** Signs in a demo account (from its own address, so throttles of other tests do not count). */
  signIn: (email: string, password?: string, address?: string) => Promise<{ sessionToken: string; viewer: Viewer }>;
}

/** The network's sign-in routes of a subgraph under test, called the way the gateway calls them. */
export function internalRoutes(network: TestSubgraph): InternalRoutes {
  const internal: InternalRoutes['internal'] = async (path, body, signed = true) => {
    const response = await fetch(`${network.base}/internal${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signed ? signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET) : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  let addresses = 0;
  return {
    internal,
    signIn: async (email, password = DEMO_PASSWORD, address = `198.51.100.${++addresses}`) => {
      const { status, body } = await internal('/sign-in', { email, password, address });
      if (status !== 200) throw new Error(`sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`);
      return body;
    },
  };
}

/** Signs in the demo admin, the coordinators of Malta and Italy, and an organisation member, in that order. */
export async function signInDemoPeople(routes: InternalRoutes) {
  const admin = (await routes.signIn('admin@best.example')).viewer;
  const coordinatorMT = (await routes.signIn('coordinator.mt@best.example')).viewer;
  const coordinatorIT = (await routes.signIn('coordinator.it@best.example')).viewer;
  const member = (await routes.signIn('member@best.example')).viewer;
  return { admin, coordinatorMT, coordinatorIT, member };
}
