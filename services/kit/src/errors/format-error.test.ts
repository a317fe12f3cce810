import { GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { badUserInput } from './error-codes';

describe('formatError', () => {
  it('keeps our codes and messages but drops stack traces', () => {
    const error = badUserInput('Title is too long.');
    const formatted = formatError(
      { message: error.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({ message: 'Title is too long.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks an unexpected error: no message, SQL or stack reaches the caller, and it is logged', () => {
    const logged: unknown[] = [];
    const error = new Error('relation "initiative" does not exist');
    const formatted = formatError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.js:1'] } },
      new GraphQLError(error.message, { originalError: error }),
      (e) => logged.push(e),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/relation/);
    expect(logged).toHaveLength(1);
  });

  it('masks a code that is not on our list', () => {
    const formatted = formatError({ message: 'x', extensions: { code: 'SOMETHING_ELSE' } }, new Error('x'));
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
