import { isEmail, isURL, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { badUserInput, type FieldProblem } from '../errors/error-codes';
import { isCountryCode } from './iso-3166';
import { isLanguageCode } from './iso-639';

// The validators every subgraph shares, one of each: a rule means the same in every domain, and
// refuses with the same message a person understands.

/** The longest web address accepted anywhere on the platform. */
export const MAX_URL_LENGTH = 500;

function rule(name: string, message: string, validate: (value: unknown) => boolean, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      // Absent and null mean "not given"; whether that is allowed is the input type's business.
      validator: { validate: (value: unknown) => value === undefined || value === null || validate(value) },
    });
}

export const isHttpUrl = (value: unknown): boolean =>
  typeof value === 'string' &&
  value.length <= MAX_URL_LENGTH &&
  isURL(value, { protocols: ['http', 'https'], require_protocol: true, require_tld: true, allow_underscores: true });

/** A web address starting with http:// or https://. */
export const HttpUrl = (options?: ValidationOptions) =>
  rule(
    'httpUrl',
    `must be a web address starting with https:// (at most ${MAX_URL_LENGTH} characters)`,
    isHttpUrl,
    options,
  );

export const Email = (options?: ValidationOptions) =>
  rule(
    'email',
    'must be an email address such as name@example.org (at most 254 characters)',
    (value) => typeof value === 'string' && value.length <= 254 && isEmail(value),
    options,
  );

const PHONE = /^\+?[0-9][0-9 ()./-]{4,28}[0-9]$/;
export const Phone = (options?: ValidationOptions) =>
  rule(
    'phone',
    'must be a phone number such as +356 2123 4567 (digits, spaces, and + ( ) . / -)',
    (value) => typeof value === 'string' && PHONE.test(value),
    options,
  );

/** ISO 3166-1 alpha-2, in either case ("MT" or "mt"). */
export const CountryCode = (options?: ValidationOptions) =>
  rule(
    'countryCode',
    'must be a two-letter ISO 3166-1 country code such as MT',
    (value) => typeof value === 'string' && isCountryCode(value.toUpperCase()),
    options,
  );

export const LanguageCode = (options?: ValidationOptions) =>
  rule(
    'languageCode',
    'must be a two-letter ISO 639-1 language code such as mt or en',
    (value) => typeof value === 'string' && isLanguageCode(value),
    options,
  );

/** The UUID text form PostgreSQL accepts; anything else would fail in SQL instead of being refused here. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from callers; a malformed one cannot match a row and must not reach PostgreSQL as a uuid. */
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

export const IsUuid = (options: ValidationOptions = {}) =>
  Matches(UUID_PATTERN, {
    message: options.each ? '$property must contain UUIDs only' : '$property must be a UUID',
    ...options,
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar day, YYYY-MM-DD (no 2017-02-30), between 1900 and 2100: a year outside that is a
 * typing mistake in this domain, never a date of a programme, workshop or story.
 */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const IsoDate = (options?: ValidationOptions) =>
  rule('isoDate', 'must be a date written YYYY-MM-DD, such as 2016-09-30', isIsoDate, options);

/**
 * Collects the problems of one input that single-field decorators cannot see (dates in order,
 * coordinates in pairs) and throws them together, as class-validator does for single fields.
 */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(): void {
    if (this.list.length) {
      throw badUserInput(this.list.map((p) => `${p.field}: ${p.message}`).join('; '), this.list);
    }
  }
}
