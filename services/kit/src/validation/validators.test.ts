import { isIsoDate, isUuid } from './validators';

describe('isIsoDate', () => {
  it.each(['2017-02-28', '2016-02-29', '2017-12-31'])('accepts the day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2017-02-29', '2017-02-30', '2017-13-01', '2017-1-5', '2017-01-05T00:00:00Z', '', 20170105])(
    'refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it.each(['1899-12-31', '2101-01-01'])('refuses %s, outside 1900 to 2100', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('isUuid', () => {
  it('accepts a UUID in either case', () => {
    expect(isUuid('0d000000-0000-4000-8000-0000000000A1')).toBe(true);
  });

  it.each(['', 'not-a-uuid', '0d000000-0000-4000-8000-0000000000a1 ', "0d000000-0000-4000-8000-0000000000a1' OR 1=1"])(
    'refuses %p',
    (value) => {
      expect(isUuid(value)).toBe(false);
    },
  );
});
