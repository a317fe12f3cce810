import { GraphQLError } from 'graphql';
import { maskGatewayErrors, withoutSuggestions } from './error-masking';

const relayed = (extensions: Record<string, unknown>, message = 'first must not be greater than 100') => {
  const error = new GraphQLError(message, { extensions });
  return [{ message, path: ['initiatives'], extensions }, error] as const;
};

describe('maskGatewayErrors', () => {
  describe('in development', () => {
    const logged: unknown[] = [];
    const format = maskGatewayErrors({ production: false, log: (e) => logged.push(e) });

    it('keeps our code, problems and the subgraph name, which helps debugging', () => {
      const formatted = format(
        ...relayed({ code: 'BAD_USER_INPUT', problems: [{ field: 'first', message: 'x' }], serviceName: 'network' }),
      );
      expect(formatted.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'first', message: 'x' }],
        serviceName: 'network',
      });
    });

    it('keeps suggestions', () => {
      const formatted = format(
        ...relayed({ code: 'GRAPHQL_VALIDATION_FAILED' }, 'Unknown "titel". Did you mean "title"?'),
      );
      expect(formatted.message).toMatch(/Did you mean/);
    });

    it('masks a subgraph HTTP failure (its URL, status and body) as INTERNAL_SERVER_ERROR and logs it', () => {
      const response = { url: 'http://10.0.0.7:4001/graphql', status: 401, body: { errors: [] } };
      const formatted = format(...relayed({ code: 'UNAUTHENTICATED', response }, '401: Unauthorized'));
      expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(formatted)).not.toMatch(/10\.0\.0\.7|401/);
      expect(logged).toHaveLength(1);
    });
  });

  describe('in production', () => {
    const format = maskGatewayErrors({ production: true, log: () => undefined });

    it('keeps only the code and the public extensions', () => {
      const formatted = format(
        ...relayed({ code: 'BAD_USER_INPUT', problems: [{ field: 'first', message: 'x' }], serviceName: 'network' }),
      );
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'first', message: 'x' }] });
      expect(formatted.message).toBe('first must not be greater than 100');
      expect(formatted.path).toEqual(['initiatives']);
    });

    it('removes field suggestions', () => {
      const formatted = format(
        ...relayed(
          { code: 'GRAPHQL_VALIDATION_FAILED' },
          'Cannot query field "titel" on type "Initiative". Did you mean "title" or "city"?',
        ),
      );
      expect(formatted.message).toBe('Cannot query field "titel" on type "Initiative".');
    });

    it('removes the enum-value suggestion of a variable that Apollo leaves in', () => {
      const formatted = format(
        ...relayed(
          { code: 'BAD_USER_INPUT' },
          'Variable "$status" got invalid value "ACTIV"; Value "ACTIV" does not exist in "InitiativeStatus" enum. Did you mean the enum value "ACTIVE"?',
        ),
      );
      expect(formatted.message).toBe(
        'Variable "$status" got invalid value "ACTIV"; Value "ACTIV" does not exist in "InitiativeStatus" enum.',
      );
    });

    it('masks an unknown code as the kit does', () => {
      const formatted = format(...relayed({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'stories' }));
      expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(formatted.message).not.toMatch(/first/);
    });
  });

  describe('publicExtensions', () => {
    it('lets a chosen extension through in production and drops problems when not listed', () => {
      const format = maskGatewayErrors({ production: true, log: () => undefined, publicExtensions: ['retryAfter'] });
      const formatted = format(...relayed({ code: 'RATE_LIMITED', retryAfter: 30, problems: [] }));
      expect(formatted.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 30 });
    });
  });
});

describe('withoutSuggestions', () => {
  it('removes a suggestion in the middle of a message too', () => {
    expect(withoutSuggestions('Unknown argument "frist". Did you mean "first"? More text.')).toBe(
      'Unknown argument "frist". More text.',
    );
  });
  it('leaves a message without suggestions alone', () => {
    expect(withoutSuggestions('Cannot query field "x" on type "Query".')).toBe(
      'Cannot query field "x" on type "Query".',
    );
  });
});
