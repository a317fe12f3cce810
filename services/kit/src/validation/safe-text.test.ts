import { isSafeText } from './safe-text';

describe('safe text', () => {
  it('accepts ordinary text with accents, tabs and new lines', () => {
    expect(isSafeText('Zürich\tIași\nMálaga', 100)).toBe(true);
  });
  it('refuses a NUL byte, which PostgreSQL cannot store', () => {
    expect(isSafeText('abc\u0000def', 100)).toBe(false);
  });
  it('refuses text longer than the limit', () => {
    expect(isSafeText('x'.repeat(101), 100)).toBe(false);
  });
  it('refuses blank text where some is required', () => {
    expect(isSafeText('   ', 100, 1)).toBe(false);
  });
  it('refuses what is not a string', () => {
    expect(isSafeText(42, 100)).toBe(false);
  });
});
