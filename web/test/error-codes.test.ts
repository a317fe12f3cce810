import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ERROR_CODES, errorCodeOf } from '../src/apollo/errors';
import de from '../src/i18n/de.json';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import italian from '../src/i18n/it.json';

const graphQLErrors = (...codes: unknown[]) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({ message: 'from the server', extensions: { code } })),
  });

const serverError = (status: number, body = '') =>
  new ServerError('Response not successful', { response: new Response(body, { status }), bodyText: body });

describe('explaining an error by its code', () => {
  it('a GraphQL error is explained by its extensions.code', () => {
    expect(errorCodeOf(graphQLErrors('NOT_FOUND'))).toBe('NOT_FOUND');
    expect(errorCodeOf(graphQLErrors('BAD_USER_INPUT'))).toBe('BAD_USER_INPUT');
  });

  it('the first known code wins over codes the client does not know', () => {
    expect(errorCodeOf(graphQLErrors('SOMETHING_NEW', 'FORBIDDEN'))).toBe('FORBIDDEN');
  });

  it('an unknown or missing code reads as a server error, never as the raw message', () => {
    expect(errorCodeOf(graphQLErrors('SOMETHING_NEW'))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(graphQLErrors(undefined))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('an HTTP error with a GraphQL body is explained by the code in the body', () => {
    const body = JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] });
    expect(errorCodeOf(serverError(400, body))).toBe('RATE_LIMITED');
  });

  it("the gateway's limits on hostile input are explained by their own codes", () => {
    expect(errorCodeOf(graphQLErrors('OPERATION_TOO_COMPLEX'))).toBe('OPERATION_TOO_COMPLEX');
    const tooLarge = JSON.stringify({ errors: [{ message: 'too big', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(errorCodeOf(serverError(413, tooLarge))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an HTTP error without a GraphQL body is explained by its status', () => {
    expect(errorCodeOf(serverError(413, 'Payload Too Large'))).toBe('PAYLOAD_TOO_LARGE');
    expect(errorCodeOf(serverError(429, 'Too Many Requests'))).toBe('RATE_LIMITED');
    expect(errorCodeOf(serverError(502))).toBe('NETWORK_ERROR');
    expect(errorCodeOf(serverError(500, '<html>oops</html>'))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('an unreachable server is a network error', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('NETWORK_ERROR');
  });

  it.each(Object.entries({ en, fr, it: italian, de }))(
    'every code has a message in the %s catalogue',
    (_, catalogue) => {
      for (const code of ERROR_CODES) expect(catalogue.errors[code]).toEqual(expect.stringMatching(/\S/));
    },
  );
});
