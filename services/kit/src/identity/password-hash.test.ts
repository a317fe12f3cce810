import {
  MAX_PASSWORD_LENGTH,
  PASSWORD_HASH_PARAMS,
  hashPassword,
  needsRehash,
  verifyAgainstDecoy,
  verifyPassword,
} from './password-hash';

describe('password hash (scrypt)', () => {
  it('stores a self-describing string with the scrypt parameters, a salt and the key, never the password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const [scheme, N, r, p, salt, key] = stored.split('$');
    expect(scheme).toBe('scrypt');
    expect([Number(N), Number(r), Number(p)]).toEqual([PASSWORD_HASH_PARAMS.N, 8, 1]);
    expect(PASSWORD_HASH_PARAMS.N).toBe(2 ** 15);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(stored).not.toContain('horse');
  });

  it('the right password verifies', async () => {
    const stored = await hashPassword('best-demo-2026');
    await expect(verifyPassword('best-demo-2026', stored)).resolves.toBe(true);
  });

  it('a wrong password, or the right one in another case, does not verify', async () => {
    const stored = await hashPassword('best-demo-2026');
    await expect(verifyPassword('best-demo-2027', stored)).resolves.toBe(false);
    await expect(verifyPassword('BEST-DEMO-2026', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('the same password hashed twice gives two different strings (random salt), both verifying', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    await expect(verifyPassword('same password', a)).resolves.toBe(true);
    await expect(verifyPassword('same password', b)).resolves.toBe(true);
  });

  it('a password written with composed or decomposed accents verifies either way (NFC)', async () => {
    const stored = await hashPassword('caf\u00e9-partout');
    await expect(verifyPassword('cafe\u0301-partout', stored)).resolves.toBe(true);
  });

  it('is slow by design: one hash takes tens of milliseconds at least', async () => {
    const started = performance.now();
    await hashPassword('timing');
    expect(performance.now() - started).toBeGreaterThan(20);
  });

  it('a malformed or tampered stored string never verifies and does not throw', async () => {
    const stored = await hashPassword('secret words');
    const parts = stored.split('$');
    for (const bad of [
      '',
      'plain text',
      'bcrypt$2b$10$abc',
      [...parts.slice(0, 5), 'AAAA'].join('$'),
      ['scrypt', 2 ** 30, 8, 1, parts[4], parts[5]].join('$'),
      ['scrypt', 1000, 8, 1, parts[4], parts[5]].join('$'),
    ]) {
      await expect(verifyPassword('secret words', bad)).resolves.toBe(false);
    }
  });

  it('refuses to hash an over-long password and never verifies one', async () => {
    const long = 'x'.repeat(MAX_PASSWORD_LENGTH + 1);
    await expect(hashPassword(long)).rejects.toThrow(RangeError);
    await expect(verifyPassword(long, await hashPassword('x'))).resolves.toBe(false);
  });

  it('knows when a stored hash was made with other parameters', async () => {
    const stored = await hashPassword('p');
    expect(needsRehash(stored)).toBe(false);
    const parts = stored.split('$');
    expect(needsRehash(['scrypt', 2 ** 14, 8, 1, parts[4], parts[5]].join('$'))).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('the decoy check for unknown accounts always fails, after doing the same work', async () => {
    await expect(verifyAgainstDecoy('anything')).resolves.toBe(false);
  });
});
