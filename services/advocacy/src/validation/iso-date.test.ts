import { isIsoDate } from './iso-date';

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
});
