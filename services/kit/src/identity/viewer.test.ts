import { viewers } from '../testing/viewers';
import { canReadNetwork, Scope, SYSTEM } from './viewer';

describe('canReadNetwork', () => {
  it('lets signed-in people of every role, the platform itself and READ tokens read what the network reads', () => {
    for (const viewer of [viewers.admin(), viewers.coordinator('MT'), viewers.juror(), viewers.viewer(), SYSTEM]) {
      expect(canReadNetwork(viewer)).toBe(true);
    }
    expect(canReadNetwork(viewers.token('0d000000-0000-4000-8000-0000000000a1', 'MT', [Scope.READ]))).toBe(true);
  });

  it('refuses the public and a token without the READ scope', () => {
    expect(canReadNetwork(viewers.anonymous())).toBe(false);
    expect(canReadNetwork(viewers.token('0d000000-0000-4000-8000-0000000000a1', 'MT', [Scope.EXPORT]))).toBe(false);
  });
});
