import {
  evidenceLines,
  fromLocalInput,
  isWebLink,
  mayNominate,
  mayReadResults,
  phaseMoves,
  runsEdition,
  screenable,
  toLocalInput,
} from '../src/routes/awards/award-rules';
import type { SignedInViewer } from '../src/viewer/viewer-query';

// What the awards pages offer to whom (src/routes/awards/award-rules.ts): the client's copy of the
// rules in docs/access-rules.md, so that nobody is shown a form the server would refuse.

const viewer = (role: SignedInViewer['role'], countryCode: string | null, displayName = 'Someone'): SignedInViewer => ({
  __typename: 'Account',
  id: `${role}-${countryCode}`,
  email: `${role}@example.org`,
  displayName,
  role,
  countryCode,
  organization: null,
});

const admin = viewer('ADMIN', null);
const coordinatorMT = viewer('NATIONAL_COORDINATOR', 'MT');
const coordinatorIT = viewer('NATIONAL_COORDINATOR', 'IT');
const memberMT = viewer('ORGANIZATION_MEMBER', 'MT');
const juror = viewer('JUROR', null);

describe('who runs an edition (phase moves, screening, shortlist)', () => {
  it('is an admin or the coordinator of its country', () => {
    expect(runsEdition(admin, 'MT')).toBe(true);
    expect(runsEdition(coordinatorMT, 'MT')).toBe(true);
  });

  it('is not another country’s coordinator, a member, a juror or the public', () => {
    expect(runsEdition(coordinatorIT, 'MT')).toBe(false);
    expect(runsEdition(memberMT, 'MT')).toBe(false);
    expect(runsEdition(juror, 'MT')).toBe(false);
    expect(runsEdition(null, 'MT')).toBe(false);
  });
});

describe('the phase moves offered', () => {
  it('are the next phase, and back to draft from open nominations', () => {
    expect(phaseMoves('DRAFT')).toEqual(['NOMINATIONS_OPEN']);
    expect(phaseMoves('NOMINATIONS_OPEN')).toEqual(['JUDGING', 'DRAFT']);
    expect(phaseMoves('DECIDED')).toEqual(['ANNOUNCED']);
  });

  it('never reach DECIDED (only the decision does) and end at ANNOUNCED', () => {
    expect(phaseMoves('JUDGING')).toEqual([]);
    expect(phaseMoves('ANNOUNCED')).toEqual([]);
  });
});

describe('nominating', () => {
  it('is for admins anywhere and the network of the edition’s country, while nominations are open', () => {
    expect(mayNominate(admin, 'MT', 'NOMINATIONS_OPEN')).toBe(true);
    expect(mayNominate(coordinatorMT, 'MT', 'NOMINATIONS_OPEN')).toBe(true);
    expect(mayNominate(memberMT, 'MT', 'NOMINATIONS_OPEN')).toBe(true);
  });

  it('is open to the public (not signed in) for any edition whose nominations are open', () => {
    expect(mayNominate(null, 'MT', 'NOMINATIONS_OPEN')).toBe(true);
    expect(mayNominate(null, 'IT', 'NOMINATIONS_OPEN')).toBe(true);
  });

  it('is closed in any other phase, to other countries, to jurors, and while the viewer is not known yet', () => {
    expect(mayNominate(admin, 'MT', 'DRAFT')).toBe(false);
    expect(mayNominate(memberMT, 'MT', 'JUDGING')).toBe(false);
    expect(mayNominate(null, 'MT', 'JUDGING')).toBe(false);
    expect(mayNominate(coordinatorIT, 'MT', 'NOMINATIONS_OPEN')).toBe(false);
    expect(mayNominate(juror, 'MT', 'NOMINATIONS_OPEN')).toBe(false);
    expect(mayNominate(undefined, 'MT', 'NOMINATIONS_OPEN')).toBe(false);
  });
});

describe('screening', () => {
  it('is offered until the nomination is shortlisted, withdrawn or decided', () => {
    expect(['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'].every((s) => screenable(s as never))).toBe(true);
    expect(['SHORTLISTED', 'WITHDRAWN', 'WINNER', 'FINALIST', 'NOT_SELECTED'].some((s) => screenable(s as never))).toBe(
      false,
    );
  });
});

describe('the results page', () => {
  it('is for the organisers from judging on, and for everyone once announced', () => {
    expect(mayReadResults(coordinatorMT, { phase: 'JUDGING', countryCode: 'MT' })).toBe(true);
    expect(mayReadResults(admin, { phase: 'DECIDED', countryCode: 'MT' })).toBe(true);
    expect(mayReadResults(null, { phase: 'ANNOUNCED', countryCode: 'MT' })).toBe(true);
  });

  it('is not for jurors, members or other countries before it is announced', () => {
    expect(mayReadResults(juror, { phase: 'JUDGING', countryCode: 'MT' })).toBe(false);
    expect(mayReadResults(memberMT, { phase: 'DECIDED', countryCode: 'MT' })).toBe(false);
    expect(mayReadResults(coordinatorIT, { phase: 'JUDGING', countryCode: 'MT' })).toBe(false);
    expect(mayReadResults(admin, { phase: 'NOMINATIONS_OPEN', countryCode: 'MT' })).toBe(false);
  });
});

describe('evidence', () => {
  it('is one item per non-empty line, trimmed', () => {
    expect(evidenceLines(' https://a.example/x \n\n  A letter  \n')).toEqual(['https://a.example/x', 'A letter']);
  });

  it('is a link only for an http(s) address without spaces', () => {
    expect(isWebLink('https://a.example/x')).toBe(true);
    expect(isWebLink('HTTP://a.example')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('https://a.example/x and more')).toBe(false);
    expect(isWebLink('A letter from the parish')).toBe(false);
  });
});

describe('dates typed in a date-time field', () => {
  it('go to the server as the same moment in UTC and come back as the same local time', () => {
    const iso = fromLocalInput('2030-06-30T22:00');
    expect(iso).toBe(new Date(2030, 5, 30, 22, 0).toISOString());
    expect(toLocalInput(iso)).toBe('2030-06-30T22:00');
  });

  it('are null when empty or not a date', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });
});
