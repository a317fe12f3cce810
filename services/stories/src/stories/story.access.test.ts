import { Scope } from '@best/kit';
import { viewers } from '@best/kit/testing';
import { mayChangeStory, storyReach } from './story.access';

const ORG = '0d000000-0000-4000-8000-0000000000a1';
const italian = { countryCode: 'IT', recordedByOrganizationId: ORG };

describe('storyReach', () => {
  it('gives the public nothing beyond public stories, and the network its own scope', () => {
    expect(storyReach(viewers.anonymous())).toEqual({
      network: false,
      everywhere: false,
      countryCode: null,
      organizationId: null,
    });
    expect(storyReach(viewers.juror())).toEqual({
      network: true,
      everywhere: false,
      countryCode: null,
      organizationId: null,
    });
  });

  it('reaches a coordinator’s country, a member’s organisation and, for an admin, everything', () => {
    expect(storyReach(viewers.coordinator('MT')).countryCode).toBe('MT');
    expect(storyReach(viewers.member(ORG, 'IT')).organizationId).toBe(ORG);
    expect(storyReach(viewers.admin()).everywhere).toBe(true);
  });

  it('a token without the READ scope reads as the public', () => {
    expect(storyReach(viewers.token(ORG, 'IT', [Scope.WRITE])).network).toBe(false);
    expect(storyReach(viewers.token(ORG, 'IT', [Scope.READ])).organizationId).toBe(ORG);
  });

  it('ignores an organisation id that is not a UUID instead of sending it to PostgreSQL', () => {
    expect(storyReach(viewers.member('not-an-id', 'IT'))).toMatchObject({ network: true, organizationId: null });
  });
});

describe('mayChangeStory', () => {
  it('lets admins, the coordinator of the country and the recording organisation change a story', () => {
    expect(mayChangeStory(viewers.admin(), italian)).toBe(true);
    expect(mayChangeStory(viewers.coordinator('IT'), italian)).toBe(true);
    expect(mayChangeStory(viewers.member(ORG, 'IT'), italian)).toBe(true);
    expect(mayChangeStory(viewers.token(ORG, 'IT', [Scope.WRITE]), italian)).toBe(true);
  });

  it('refuses everyone else, a READ-only token and a story no organisation is known to have recorded', () => {
    expect(mayChangeStory(viewers.anonymous(), italian)).toBe(false);
    expect(mayChangeStory(viewers.coordinator('FR'), italian)).toBe(false);
    expect(mayChangeStory(viewers.member('0d000000-0000-4000-8000-0000000000b2', 'IT'), italian)).toBe(false);
    expect(mayChangeStory(viewers.token(ORG, 'IT', [Scope.READ]), italian)).toBe(false);
    expect(mayChangeStory(viewers.juror(), italian)).toBe(false);
    expect(mayChangeStory(viewers.member(ORG, 'IT'), { ...italian, recordedByOrganizationId: null })).toBe(false);
  });
});
