import { themeProblems } from './best-practice.rules';

describe('themes of a best practice', () => {
  it('accepts lower-case words joined by dashes', () => {
    expect(themeProblems(['sport', 'language-cafe', 'over-50s'])).toEqual([]);
  });

  it('names each malformed or repeated theme by its position', () => {
    expect(themeProblems(['Sport', 'sport', 'sport', 'language cafe', '-x', 'a'.repeat(61)])).toEqual([
      { field: 'themes.0', message: expect.stringContaining('lower-case') },
      { field: 'themes.2', message: 'repeats "sport"' },
      { field: 'themes.3', message: expect.stringContaining('lower-case') },
      { field: 'themes.4', message: expect.stringContaining('lower-case') },
      { field: 'themes.5', message: expect.stringContaining('lower-case') },
    ]);
  });

  it('refuses more than ten themes', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `theme-${i}`);
    expect(themeProblems(eleven)).toEqual([{ field: 'themes', message: 'at most 10 themes' }]);
  });
});
