import { foldWord, MAX_SEARCH_WORDS, prefixQuery, searchWords } from './story-search';

describe('story search words', () => {
  it('folds accents and special letters as unaccent() does', () => {
    expect(foldWord('École')).toBe('ecole');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('Żebbuġ')).toBe('zebbug');
    expect(foldWord('Ħamrun')).toBe('hamrun');
  });

  it('keeps only letters and digits, so no tsquery operator or quote reaches PostgreSQL', () => {
    expect(searchWords(`football & !(park) | 'x':* <-> "école"`)).toEqual(['football', 'park', 'x', 'ecole']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('drops repeated words and keeps at most MAX_SEARCH_WORDS', () => {
    expect(searchWords('Park park PARK')).toEqual(['park']);
    expect(searchWords('a b c d e f g h i j k')).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('asks for every word as a prefix', () => {
    expect(prefixQuery(['foot', 'ecole'])).toBe('foot:* & ecole:*');
  });
});
