import { Matches, ValidationOptions } from 'class-validator';

/** The UUID text form PostgreSQL accepts; anything else would fail in SQL instead of being refused here. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

export const IsUuid = (options: ValidationOptions = {}) =>
  Matches(UUID_PATTERN, { message: options.each ? 'must contain UUIDs only' : 'must be a UUID', ...options });

/** ISO 3166-1 alpha-2, in either case (services upper-case it). */
export const IsCountryCode = () => Matches(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code' });
