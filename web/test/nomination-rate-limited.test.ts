import { CombinedGraphQLErrors } from '@apollo/client';
import { retryAfterMinutesOf } from '../src/components/NominationRateLimited';

// The public nomination form says how long to wait after the intake limits refused it.

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'from the server', extensions }] });

describe('the wait after RATE_LIMITED', () => {
  it('is retryAfterSeconds rounded up to whole minutes', () => {
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 }))).toBe(60);
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED', retryAfterSeconds: 61 }))).toBe(2);
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED', retryAfterSeconds: 5 }))).toBe(1);
  });

  it('is unknown (null) when the server gives no usable number', () => {
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED' }))).toBeNull();
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED', retryAfterSeconds: '60' }))).toBeNull();
    expect(retryAfterMinutesOf(refused({ code: 'RATE_LIMITED', retryAfterSeconds: 0 }))).toBeNull();
  });

  it('does not apply to other refusals nor to errors that are not GraphQL answers', () => {
    expect(retryAfterMinutesOf(refused({ code: 'BAD_USER_INPUT', retryAfterSeconds: 60 }))).toBeUndefined();
    expect(retryAfterMinutesOf(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(retryAfterMinutesOf(undefined)).toBeUndefined();
  });
});
