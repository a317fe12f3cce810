import { Role, Scope } from '../identity/viewer';
import { CALLER_KEYS, callerMatrix } from './callers';

const place = {
  subject: 'workshop',
  countryCode: 'HR',
  organizationId: '0d000000-0000-4000-8000-0000000000a1',
  otherOrganization: { id: '0d000000-0000-4000-8000-0000000000b2', countryCode: 'FR' },
};

describe('the shared caller matrix', () => {
  it('has one row per kind of caller, in the same order in every subgraph', () => {
    const { matrix } = callerMatrix(place);
    const rows = matrix(Object.fromEntries(CALLER_KEYS.map((key) => [key, key.length])) as Record<string, number>);
    expect(rows.map((row) => row.key)).toEqual([...CALLER_KEYS]);
    expect(rows.every((row) => row.expected === row.key.length)).toBe(true);
  });

  it('places the callers in the subject’s country and organisation', () => {
    const { CALLERS } = callerMatrix(place);
    expect(CALLERS.coordinator).toMatchObject({ role: Role.NATIONAL_COORDINATOR, countryCode: 'HR' });
    expect(CALLERS.otherCoordinator).toMatchObject({ role: Role.NATIONAL_COORDINATOR, countryCode: 'FR' });
    expect(CALLERS.member).toMatchObject({ organizationId: place.organizationId, countryCode: 'HR' });
    expect(CALLERS.otherMember).toMatchObject({ organizationId: place.otherOrganization.id, countryCode: 'FR' });
    expect(CALLERS.readToken).toMatchObject({ kind: 'TOKEN', scopes: [Scope.READ] });
    expect(CALLERS.writeToken).toMatchObject({ kind: 'TOKEN', scopes: [Scope.READ, Scope.WRITE] });
  });

  it('takes another country for the other coordinator when the subject is French', () => {
    expect(callerMatrix({ ...place, countryCode: 'FR' }).CALLERS.otherCoordinator.countryCode).toBe('IT');
  });

  it('names the rows after the subject, so test names say whose rule it is', () => {
    const { CALLER_NAMES } = callerMatrix(place);
    expect(CALLER_NAMES.coordinator).toBe('the coordinator of the workshop’s country');
    expect(CALLER_NAMES.readToken).toBe('a READ token of an organisation of the workshop’s country');
  });

  it('takes names that say more, and rows only one subgraph tells apart, after the shared ones', () => {
    const juror = { ...callerMatrix(place).CALLERS.juror, id: 'a0000000-0000-4000-8000-0000000000c3' };
    const { CALLERS, CALLER_NAMES, matrix } = callerMatrix<'assignedJuror'>({
      ...place,
      names: { member: 'a member of the recording organisation' },
      extra: { assignedJuror: { viewer: juror, name: 'a juror on the jury' } },
    });
    expect(CALLER_NAMES.member).toBe('a member of the recording organisation');
    expect(CALLERS.assignedJuror.id).toBe(juror.id);
    const rows = matrix(Object.fromEntries([...CALLER_KEYS, 'assignedJuror'].map((k) => [k, true])) as never);
    expect(rows.at(-1)).toMatchObject({ key: 'assignedJuror', caller: 'a juror on the jury', expected: true });
  });
});
