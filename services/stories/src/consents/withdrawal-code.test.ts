import {
  CROCKFORD_ALPHABET,
  formatWithdrawalCode,
  generateWithdrawalCode,
  hashWithdrawalCode,
  normalizeWithdrawalCode,
} from './withdrawal-code';

describe('withdrawal codes', () => {
  it('are five groups of four Crockford base32 symbols', () => {
    for (let i = 0; i < 50; i++) {
      expect(generateWithdrawalCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    }
  });

  it('never repeat and use the whole alphabet (100 random bits each)', () => {
    const codes = Array.from({ length: 2000 }, generateWithdrawalCode);
    expect(new Set(codes).size).toBe(codes.length);
    const used = new Set(codes.join('').replace(/-/g, ''));
    expect([...used].sort().join('')).toBe(CROCKFORD_ALPHABET);
  });

  it('read back as issued whatever the case, spaces and dashes', () => {
    const code = generateWithdrawalCode();
    const issued = normalizeWithdrawalCode(code);
    expect(issued).toBe(code.replace(/-/g, ''));
    expect(normalizeWithdrawalCode(code.toLowerCase())).toBe(issued);
    expect(normalizeWithdrawalCode(code.replace(/-/g, ' '))).toBe(issued);
    expect(normalizeWithdrawalCode(` ${code.replace(/-/g, '')}  `)).toBe(issued);
    expect(normalizeWithdrawalCode(code.replace(/-/g, '\u2013'))).toBe(issued); // an en dash from a word processor
  });

  it('forgive the look-alikes: O reads as 0, I and L as 1', () => {
    expect(normalizeWithdrawalCode('OOOO-IIII-LLLL-oooo-illi')).toBe('00001111111100001111');
    expect(normalizeWithdrawalCode('O1L0-ABCD-EFGH-JKMN-PQRS')).toBe('0110ABCDEFGHJKMNPQRS');
  });

  it('refuse what cannot be a code: wrong length, or a symbol outside the alphabet', () => {
    expect(normalizeWithdrawalCode('')).toBeNull();
    expect(normalizeWithdrawalCode('ABCD-EFGH-JKMN-PQRS')).toBeNull();
    expect(normalizeWithdrawalCode('ABCD-EFGH-JKMN-PQRS-TVWX-Y')).toBeNull();
    expect(normalizeWithdrawalCode('ABCD-EFGH-JKMN-PQRS-TVWU')).toBeNull(); // U is not in Crockford's alphabet
    expect(normalizeWithdrawalCode('ABCD-EFGH-JKMN-PQRS-TVW!')).toBeNull();
  });

  it('format a normalised code in groups of four', () => {
    expect(formatWithdrawalCode('0123456789ABCDEFGHJK')).toBe('0123-4567-89AB-CDEF-GHJK');
  });

  it('are stored as a hash that never contains the code, the same for every way of typing it', () => {
    const code = generateWithdrawalCode();
    const hash = hashWithdrawalCode(normalizeWithdrawalCode(code)!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash.toUpperCase()).not.toContain(code.replace(/-/g, ''));
    expect(hashWithdrawalCode(normalizeWithdrawalCode(code.toLowerCase().replace(/-/g, ' '))!)).toBe(hash);
    expect(hashWithdrawalCode(normalizeWithdrawalCode(generateWithdrawalCode())!)).not.toBe(hash);
  });
});
