import { decodeCursor, encodeCursor } from './paginate';

describe('cursors', () => {
  it('round-trip a sort value and an id', () => {
    expect(decodeCursor(encodeCursor(['Sunday football', 'a1b2']))).toEqual(['Sunday football', 'a1b2']);
  });

  it.each([
    '',
    'not-a-cursor',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,2]').toString('base64url'),
  ])('a cursor this API did not give out (%p) is refused with BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});
