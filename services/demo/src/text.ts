const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ħ: 'h', đ: 'd', ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe' };

/** Lowercase ASCII words joined by hyphens, for hostnames, email addresses and paths. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(demo\)/g, '')
    .replace(/[ħđßłøæœ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "June 2014" for a YYYY-MM-DD date. */
export function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

const DAY = 24 * 60 * 60 * 1000;

export function addDays(time: number, days: number): number {
  return time + days * DAY;
}

/** YYYY-MM-DD of a UTC timestamp. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function isoDateTime(time: number): string {
  return new Date(time).toISOString();
}
