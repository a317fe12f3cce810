import { z } from 'zod';
import { bool, loadEnv, port } from './load-env';

const schema = z.object({ PORT: port(4001), SEED_DEMO: bool(false), NAME: z.string().min(1) });
const exitWith = (message: string): never => {
  throw new Error(message);
};

describe('loadEnv', () => {
  it('applies defaults and converts types', () => {
    expect(loadEnv(schema, { NAME: 'x', SEED_DEMO: 'true' }, exitWith)).toEqual({
      PORT: 4001,
      SEED_DEMO: true,
      NAME: 'x',
    });
  });
  it('reports every problem in one message', () => {
    expect(() => loadEnv(schema, { PORT: 'abc', SEED_DEMO: 'maybe' }, exitWith)).toThrow(
      /PORT[\s\S]*SEED_DEMO[\s\S]*NAME/,
    );
  });
});
