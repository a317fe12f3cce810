import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, limitBroken, measureOperation } from '../plugins/operation-limits';
import { MANUAL_OPERATION } from './manual.operation';

/** The client-facing API schema the gateway serves (composed and committed by `npm run schema`). */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

describe('the manual operation', () => {
  it('is valid against the API schema the gateway serves', () => {
    expect(validate(schema, parse(MANUAL_OPERATION)).map((e) => e.message)).toEqual([]);
  });

  it('stays within the default operation limits, which apply to it as to any client', () => {
    const measure = measureOperation(schema, parse(MANUAL_OPERATION), { id: 'x' });
    expect(limitBroken(measure, DEFAULT_OPERATION_LIMITS)).toBeNull();
  });
});
